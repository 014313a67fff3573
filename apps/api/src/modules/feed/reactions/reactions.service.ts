import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { Reaction, REACTION_EMOJI } from '../feed.enums';
import { isUuid, newId } from '../../../common/ids';
import { NotificationsService } from '../../notifications/notifications.service';
import { ActivityWriter } from '../activity-writer.service';
import { FeedQueryService } from '../feed-query.service';
import { ReactionSummary } from './reaction.types';
import { pushTo } from '../../../common/group.util';


export interface ReactionTarget {
  activityId: string;
  commentId?: string | null;
}

/**
 * Reactions on activities and on comments: one of each kind per person. Reacting to someone's post
 * or comment notifies its author (REACTION), unless they muted the thread. A reaction that changes
 * the counts marks the activity updated, so its audience gets `feed:item:updated` with them.
 */
@Injectable()
export class ReactionsService {
  constructor(
    private readonly db: DataSource,
    private readonly feed: FeedQueryService,
    private readonly writer: ActivityWriter,
    private readonly notifications: NotificationsService,
  ) {}

  async react(employeeId: string, target: ReactionTarget, reaction: Reaction): Promise<ReactionSummary[]> {
    const { subjectId, authorId } = await this.openTarget(employeeId, target);
    await this.writer.transaction(async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO reactions (id, activity_id, comment_id, employee_id, reaction) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [newId(), target.activityId, target.commentId ?? null, employeeId, reaction],
      );
      if (inserted.length === 0) return;
      // Everyone who has the item sees the new counts live, as with comments and edits.
      await this.writer.markUpdated(tx, target.activityId);
      if (!authorId) return;
      await this.notifications.add(tx, {
        kind: 'REACTION',
        recipientIds: [authorId],
        actorId: employeeId,
        activityId: target.activityId,
        commentId: target.commentId ?? null,
        subjectId,
        renotify: true,
      });
    });
    return (await this.summaries(employeeId, [target])).get(keyOf(target)) ?? [];
  }

  async unreact(employeeId: string, target: ReactionTarget, reaction: Reaction): Promise<ReactionSummary[]> {
    await this.openTarget(employeeId, target);
    await this.writer.transaction(async (tx) => {
      // TypeORM answers a DELETE with [rows, affected].
      const [, deleted]: [unknown[], number] = await tx.query(
        `DELETE FROM reactions WHERE activity_id = $1 AND comment_id IS NOT DISTINCT FROM $2::uuid
           AND employee_id = $3 AND reaction = $4`,
        [target.activityId, target.commentId ?? null, employeeId, reaction],
      );
      if (deleted > 0) await this.writer.markUpdated(tx, target.activityId);
    });
    return (await this.summaries(employeeId, [target])).get(keyOf(target)) ?? [];
  }

  /** Reaction counts of many activities and comments in one statement, keyed by keyOf(target). */
  async summaries(viewerId: string, targets: readonly ReactionTarget[]): Promise<Map<string, ReactionSummary[]>> {
    if (targets.length === 0) return new Map();
    const rows: Array<{ activity_id: string; comment_id: string | null; reaction: Reaction; n: number; mine: boolean }> = await this.db.query(
      `SELECT r.activity_id, r.comment_id, r.reaction, count(*)::int AS n, bool_or(r.employee_id = $3) AS mine
       FROM reactions r
       JOIN unnest($1::uuid[], $2::uuid[]) AS t(activity_id, comment_id)
         ON r.activity_id = t.activity_id AND r.comment_id IS NOT DISTINCT FROM t.comment_id
       GROUP BY r.activity_id, r.comment_id, r.reaction
       ORDER BY min(r.created_at)`,
      [targets.map((t) => t.activityId), targets.map((t) => t.commentId ?? null), viewerId],
    );
    const grouped = new Map<string, ReactionSummary[]>();
    for (const row of rows) {
      const key = keyOf({ activityId: row.activity_id, commentId: row.comment_id });
      const summary = { reaction: row.reaction, emoji: REACTION_EMOJI[row.reaction], count: row.n, reactedByMe: row.mine };
      pushTo(grouped, key, summary);
    }
    return grouped;
  }

  /** The target must exist, be visible, and not be removed; answers its subject and its author. */
  private async openTarget(employeeId: string, target: ReactionTarget): Promise<{ subjectId: string; authorId: string | null }> {
    const activity = await this.feed.findVisible(employeeId, target.activityId);
    if (activity.deletedAt) throw AppError.conflict('activityId', 'this post was removed; it can no longer take reactions');
    if (!target.commentId) return { subjectId: activity.subjectId, authorId: activity.actorId };
    if (!isUuid(target.commentId)) throw AppError.notFound('comment');
    const rows: Array<{ author_id: string; deleted_at: Date | null }> = await this.db.query(
      'SELECT author_id, deleted_at FROM comments WHERE id = $1 AND activity_id = $2',
      [target.commentId, target.activityId],
    );
    if (!rows[0]) throw AppError.notFound('comment');
    if (rows[0].deleted_at) throw AppError.conflict('commentId', 'this comment was removed; it can no longer take reactions');
    return { subjectId: activity.subjectId, authorId: rows[0].author_id };
  }
}

export function keyOf(target: ReactionTarget): string {
  return `${target.activityId}/${target.commentId ?? ''}`;
}
