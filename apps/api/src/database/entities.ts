import { ActivityRow } from '../modules/feed/entities/activity.entity';
import { Comment } from '../modules/feed/entities/comment.entity';
import { Follow } from '../modules/follows/entities/follow.entity';
import { Employee } from '../modules/people/entities/employee.entity';
import { Team, TeamMember } from '../modules/people/entities/team.entity';
import { Account } from '../modules/records/entities/account.entity';
import { Case } from '../modules/records/entities/case.entity';
import { Deal } from '../modules/records/entities/deal.entity';
import { Document } from '../modules/records/entities/document.entity';

export const ENTITIES = [Employee, Team, TeamMember, Account, Deal, Case, Document, Follow, ActivityRow, Comment];
