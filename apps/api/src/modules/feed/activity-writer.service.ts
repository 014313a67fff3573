import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ActivityKind } from '../../common/graphql/enums';
import { AppConfig } from '../../config/app-config';
import { Clock } from '../clock/clock.service';
import { newId } from '../../common/ids';
import { ActivityRow, FieldChangeValue } from './entities/activity.entity';
import { FeedDispatcher } from './feed-dispatcher.service';
import { FeedWriteObservers } from './write-observers';

export interface NewActivity {
  kind: ActivityKind;
  actorId: string | null;
  subjectId: string;
  /** Subjects whose followers also get it: the record's parents, the actor. */
  relatedSubjectIds: string[];
  body: string | null;
  changes?: FieldChangeValue[] | null;
  /** A record update: later changes by the same actor within the fold window join it. */
  foldable?: boolean;
  /**
   * When it happened, if that was before now elsewhere (a CRM event that arrived out of order):
   * it takes its place in the sequence instead of the top of the feed.
   */
  occurredAt?: Date | null;
}

export interface Appended {
  row: ActivityRow;
  /** True when the changes joined an earlier activity instead of starting one. */
  folded: boolean;
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
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly observers: FeedWriteObservers,
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
      `INSERT INTO activities (id, kind, actor_id, subject_id, related_subject_ids, body, changes, foldable, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
         date_trunc('milliseconds', least(coalesce($9::timestamptz, clock_timestamp()), clock_timestamp())))
       RETURNING created_at`,
      [
        row.id,
        row.kind,
        row.actorId,
        row.subjectId,
        row.relatedSubjectIds,
        row.body,
        row.changes === null ? null : JSON.stringify(row.changes),
        activity.foldable ?? false,
        activity.occurredAt ?? null,
      ],
    );
    row.createdAt = inserted[0].created_at;
    await this.notifyDispatcher(tx);
    await this.observers.activitiesWritten(tx, [row]);
    return row;
  }

  /**
   * Many new activities in one statement (bulk ingest), with the same rules as `append`: database
   * clock, the caller's transaction, one wake-up for the dispatcher. Answers ids and times in order.
   */
  async appendMany(tx: EntityManager, activities: readonly NewActivity[]): Promise<Array<{ id: string; createdAt: Date }>> {
    if (activities.length === 0) return [];
    const rows = activities.map((a) => ({
      id: newId(),
      kind: a.kind,
      actor_id: a.actorId,
      subject_id: a.subjectId,
      related_subject_ids: [...new Set(a.relatedSubjectIds.filter((id) => id !== a.subjectId))],
      body: a.body,
      changes: a.changes ?? null,
      foldable: a.foldable ?? false,
    }));
    const inserted: Array<{ id: string; created_at: Date }> = await tx.query(
      `INSERT INTO activities (id, kind, actor_id, subject_id, related_subject_ids, body, changes, foldable, created_at)
       SELECT id, kind, actor_id, subject_id, related_subject_ids, body, changes, foldable, date_trunc('milliseconds', clock_timestamp())
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, kind text, actor_id text, subject_id text, related_subject_ids text[], body text, changes jsonb, foldable boolean)
       RETURNING id, created_at`,
      [JSON.stringify(rows)],
    );
    await this.notifyDispatcher(tx);
    await this.observers.activitiesWritten(
      tx,
      rows.map((r) => ({ id: r.id, kind: r.kind, actorId: r.actor_id, subjectId: r.subject_id, changes: r.changes })),
    );
    const createdAt = new Map(inserted.map((r) => [r.id, r.created_at]));
    return rows.map((r) => ({ id: r.id, createdAt: createdAt.get(r.id)! }));
  }

  /**
   * Record changes: when the subject's latest activity is a foldable one by the same actor, begun
   * within the fold window, the changes join it (in order, all of them) and its followers get
   * `feed:item:updated`; otherwise a new activity starts. The window counts from the first change,
   * so a steady stream of edits still starts a new item every FEED_FOLD_SECONDS.
   */
  async appendOrFold(tx: EntityManager, activity: NewActivity, describe: (changes: FieldChangeValue[]) => string): Promise<Appended> {
    const windowSeconds = this.config.feedFoldSeconds;
    if (windowSeconds > 0 && activity.foldable && activity.actorId) {
      const latest: Array<{ id: string; actor_id: string | null; foldable: boolean; fresh: boolean; deleted: boolean }> = await tx.query(
        `SELECT id, actor_id, foldable, deleted_at IS NOT NULL AS deleted,
                created_at > clock_timestamp() + make_interval(secs => $3) - make_interval(secs => $2) AS fresh
         FROM activities WHERE subject_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE`,
        [activity.subjectId, windowSeconds, this.clock.offsetSeconds()],
      );
      const last = latest[0];
      if (last && last.foldable && last.fresh && !last.deleted && last.actor_id === activity.actorId) {
        const row = await tx.getRepository(ActivityRow).findOneByOrFail({ id: last.id });
        row.changes = [...(row.changes ?? []), ...(activity.changes ?? [])];
        row.body = describe(row.changes);
        await tx.query(`UPDATE activities SET changes = $2, body = $3 WHERE id = $1`, [row.id, JSON.stringify(row.changes), row.body]);
        await this.markUpdated(tx, row.id);
        await this.observers.activitiesWritten(tx, [{ ...row, changes: activity.changes ?? null }]);
        return { row, folded: true };
      }
    }
    return { row: await this.append(tx, activity), folded: false };
  }

  /**
   * An activity that was already written changed (folded changes, an edit, a removal, a new
   * comment): its audience gets `feed:item:updated` after commit, through the same outbox.
   */
  async markUpdated(tx: EntityManager, activityId: string): Promise<void> {
    await tx.query(
      `UPDATE activities SET updated_at = date_trunc('milliseconds', clock_timestamp()), update_pending = true WHERE id = $1`,
      [activityId],
    );
    await this.notifyDispatcher(tx);
  }

  /** `markUpdated` for many activities in one statement (social mentions scored in a batch). */
  async markUpdatedMany(tx: EntityManager, activityIds: readonly string[]): Promise<void> {
    if (activityIds.length === 0) return;
    await tx.query(
      `UPDATE activities SET updated_at = date_trunc('milliseconds', clock_timestamp()), update_pending = true WHERE id = ANY($1::uuid[])`,
      [[...activityIds]],
    );
    await this.notifyDispatcher(tx);
  }

  /** An activity that came from outside changed there (an edited social post): new text, same id. */
  async revise(tx: EntityManager, activityId: string, body: string): Promise<void> {
    await tx.query(`UPDATE activities SET body = $2, edited_at = date_trunc('milliseconds', clock_timestamp()) WHERE id = $1`, [activityId, body]);
    await this.markUpdated(tx, activityId);
  }

  /** An activity that came from outside was removed there: it stays as a tombstone. */
  async retract(tx: EntityManager, activityId: string): Promise<void> {
    await tx.query(
      `UPDATE activities SET body = NULL, changes = NULL, deleted_at = date_trunc('milliseconds', clock_timestamp()) WHERE id = $1 AND deleted_at IS NULL`,
      [activityId],
    );
    await this.markUpdated(tx, activityId);
  }

  private async notifyDispatcher(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_notify('${FeedDispatcher.CHANNEL}', '')`);
  }
}
