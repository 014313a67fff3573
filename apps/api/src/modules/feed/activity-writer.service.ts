import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ActivityKind } from '../../common/graphql/enums';
import { newId } from '../../common/ids';
import { ActivityRow, FieldChangeValue } from './entities/activity.entity';
import { FeedDispatcher } from './feed-dispatcher.service';

export interface NewActivity {
  kind: ActivityKind;
  actorId: string | null;
  subjectId: string;
  /** Subjects whose followers also get it: the record's parents, the actor. */
  relatedSubjectIds: string[];
  body: string | null;
  changes?: FieldChangeValue[] | null;
}

/**
 * The write half of the one flow: a change and its activity commit together, and the dispatcher
 * is woken after the commit (in this process directly, in others by NOTIFY, which Postgres
 * delivers only on commit).
 */
@Injectable()
export class ActivityWriter {
  constructor(
    private readonly db: DataSource,
    private readonly dispatcher: FeedDispatcher,
  ) {}

  async transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.db.transaction(work);
    this.dispatcher.wake();
    return result;
  }

  /**
   * Appends an activity inside the caller's transaction. Its time comes from the database clock
   * (to the millisecond, as cursors carry it), the same clock that stamps follows: a follow
   * delivers what happens after it, whatever the app servers' clocks say.
   */
  async append(tx: EntityManager, activity: NewActivity): Promise<ActivityRow> {
    const row = tx.getRepository(ActivityRow).create({
      id: newId(),
      kind: activity.kind,
      actorId: activity.actorId,
      subjectId: activity.subjectId,
      relatedSubjectIds: [...new Set(activity.relatedSubjectIds.filter((id) => id !== activity.subjectId))],
      body: activity.body,
      changes: activity.changes ?? null,
      deliveredAt: null,
    });
    const inserted: Array<{ created_at: Date }> = await tx.query(
      `INSERT INTO activities (id, kind, actor_id, subject_id, related_subject_ids, body, changes, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, date_trunc('milliseconds', clock_timestamp()))
       RETURNING created_at`,
      [row.id, row.kind, row.actorId, row.subjectId, row.relatedSubjectIds, row.body, row.changes === null ? null : JSON.stringify(row.changes)],
    );
    row.createdAt = inserted[0].created_at;
    await tx.query(`SELECT pg_notify('${FeedDispatcher.CHANNEL}', '')`);
    return row;
  }
}
