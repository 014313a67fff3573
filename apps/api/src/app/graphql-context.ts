import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { SubjectRefValue, SubjectsService } from '../modules/access/subjects.service';
import type { AuthedRequest } from '../modules/auth/auth.decorators';
import { ActivityPresenter } from '../modules/feed/activity-presenter.service';
import { Comment } from '../modules/feed/entities/comment.entity';
import { Mention, MentionsService } from '../modules/feed/mentions.service';
import { PostService } from '../modules/feed/post.service';
import { FollowsService } from '../modules/follows/follows.service';
import { Employee } from '../modules/people/entities/employee.entity';
import { Team } from '../modules/people/entities/team.entity';
import { PeopleService } from '../modules/people/people.service';
import { Account } from '../modules/records/entities/account.entity';
import { Case } from '../modules/records/entities/case.entity';
import { Deal } from '../modules/records/entities/deal.entity';
import { Document } from '../modules/records/entities/document.entity';
import { RecordsService } from '../modules/records/records.service';

/** Per-request batch loaders: a page of any size costs a fixed number of statements. */
export interface Loaders {
  employee: DataLoader<string, Employee | null>;
  teamsOfEmployee: DataLoader<string, Team[]>;
  membersOfTeam: DataLoader<string, Employee[]>;
  subject: DataLoader<string, SubjectRefValue | null>;
  followersCount: DataLoader<string, number>;
  followedByMe: DataLoader<string, boolean>;
  commentCount: DataLoader<string, number>;
  commentsOfActivity: DataLoader<string, Comment[]>;
  mentionsOfActivity: DataLoader<string, Mention[]>;
  account: DataLoader<string, Account | null>;
  deal: DataLoader<string, Deal | null>;
  dealsOfAccount: DataLoader<string, Deal[]>;
  casesOfAccount: DataLoader<string, Case[]>;
  documentsOfAccount: DataLoader<string, Document[]>;
}

export interface GqlContext {
  req: AuthedRequest;
  loaders: Loaders;
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly people: PeopleService,
    private readonly subjects: SubjectsService,
    private readonly follows: FollowsService,
    private readonly presenter: ActivityPresenter,
    private readonly posts: PostService,
    private readonly mentions: MentionsService,
    private readonly records: RecordsService,
  ) {}

  create(req: AuthedRequest): Loaders {
    // The guard runs after the context is built; loaders read the viewer when they batch.
    const viewer = () => req.employee?.id ?? '';
    const byId = <T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
      new DataLoader<string, T | null>(async (ids) => {
        const found = new Map((await load(ids)).map((row) => [row.id, row]));
        return ids.map((id) => found.get(id) ?? null);
      });
    const grouped = <T>(load: (ids: readonly string[]) => Promise<Map<string, T[]>>) =>
      new DataLoader<string, T[]>(async (ids) => {
        const groups = await load(ids);
        return ids.map((id) => groups.get(id) ?? []);
      });
    const counted = (load: (ids: readonly string[]) => Promise<Map<string, number>>) =>
      new DataLoader<string, number>(async (ids) => {
        const counts = await load(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      });

    return {
      employee: byId((ids) => this.people.findByIds(ids)),
      teamsOfEmployee: grouped((ids) => this.people.teamsOf(ids)),
      membersOfTeam: grouped((ids) => this.people.membersOf(ids)),
      subject: new DataLoader(async (ids) => {
        const described = await this.subjects.describe(ids);
        return ids.map((id) => described.get(id) ?? null);
      }),
      followersCount: counted((ids) => this.follows.followersCount(ids)),
      followedByMe: new DataLoader(async (ids) => {
        const followed = await this.follows.followedBy(viewer(), ids);
        return ids.map((id) => followed.has(id));
      }),
      commentCount: counted((ids) => this.presenter.commentCounts(ids)),
      commentsOfActivity: grouped((ids) => this.posts.commentsOf(ids)),
      mentionsOfActivity: grouped((ids) => this.mentions.ofActivities(ids)),
      account: byId((ids) => this.records.visibleByIds(viewer(), Account, ids)),
      deal: byId((ids) => this.records.visibleByIds(viewer(), Deal, ids)),
      dealsOfAccount: grouped((ids) => this.records.childrenOf(viewer(), Deal, ids)),
      casesOfAccount: grouped((ids) => this.records.childrenOf(viewer(), Case, ids)),
      documentsOfAccount: grouped((ids) => this.records.childrenOf(viewer(), Document, ids)),
    };
  }
}
