import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { SubjectKindEnum } from '../../common/graphql/enums';
import { canSeeSql } from '../access/can-see.sql';
import { SubjectsService } from '../access/subjects.service';
import { NotificationsService } from '../notifications/notifications.service';
import { someActiveMemberSql } from '../people/people.sql';
import { PeopleService } from '../people/people.service';
import { Mention } from './mention.types';
import { MAX_MENTIONS, mentionedHandles } from './mentions.util';
import { pushTo } from '../../common/group.util';

export interface MentionContext {
  activityId: string;
  commentId?: string | null;
  subjectId: string;
  actorId: string;
}

/** @employee and @team mentions: they notify (if the person can open the subject); they do not follow. */
@Injectable()
export class MentionsService {
  constructor(
    private readonly db: DataSource,
    private readonly subjects: SubjectsService,
    private readonly notifications: NotificationsService,
    private readonly people: PeopleService,
  ) {}

  /** The handles a body mentions, refusing more than the limit. */
  handlesIn(body: string): string[] {
    const handles = mentionedHandles(body);
    if (handles.length > MAX_MENTIONS) {
      throw AppError.badInput('body', `mentions ${handles.length} people and teams; at most ${MAX_MENTIONS} are allowed`);
    }
    return handles;
  }

  /** Inside the write transaction: records who was named and notifies those who may see it. */
  async record(tx: EntityManager, handles: readonly string[], at: MentionContext): Promise<string[]> {
    if (handles.length === 0) return [];
    const ids = await this.people.idsByHandles(handles, tx);
    if (ids.length === 0) return [];
    await tx.query(
      `INSERT INTO mentions (activity_id, comment_id, mentioned_id, accessible)
       SELECT $1, $2, m, CASE WHEN m LIKE 'team\\_%'
         THEN ${someActiveMemberSql('m', (member) => canSeeSql(member, '$3'))}
         ELSE ${canSeeSql('m', '$3')} END
       FROM unnest($4::text[]) AS m
       ON CONFLICT DO NOTHING`,
      [at.activityId, at.commentId ?? null, at.subjectId, ids],
    );
    const recipientIds = await this.people.expandTeams(ids, tx);
    await this.notifications.add(tx, { kind: 'MENTION', recipientIds, ...at });
    return recipientIds;
  }

  /** Forgets who a post or comment named (before an edit records them again, or on removal). */
  async forget(tx: EntityManager, activityId: string, commentId: string | null): Promise<void> {
    await tx.query(
      `DELETE FROM mentions WHERE activity_id = $1
         AND comment_id IS NOT DISTINCT FROM $2::uuid`,
      [activityId, commentId],
    );
  }

  /** Mentions in the activities' own bodies (not their comments), grouped by activity. */
  async ofActivities(activityIds: readonly string[]): Promise<Map<string, Mention[]>> {
    const rows: Array<{ activity_id: string; mentioned_id: string; accessible: boolean }> = await this.db.query(
      'SELECT activity_id, mentioned_id, accessible FROM mentions WHERE activity_id = ANY($1::uuid[]) AND comment_id IS NULL',
      [[...activityIds]],
    );
    const names = await this.subjects.describe(rows.map((r) => r.mentioned_id));
    const grouped = new Map<string, Mention[]>();
    for (const row of rows) {
      const subject = names.get(row.mentioned_id);
      if (!subject) continue;
      const mention = { id: subject.id, kind: subject.kind as SubjectKindEnum, name: subject.name, accessible: row.accessible };
      pushTo(grouped, row.activity_id, mention);
    }
    return grouped;
  }
}
