import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { canSeeSql } from '../access/can-see.sql';
import { isActiveEmployeeSql } from '../people/people.sql';
import { RealtimePublisher } from '../realtime/realtime.publisher';
import { assertPageSize } from '../../common/page-size';

export type NotificationKind = 'MENTION' | 'REPLY' | 'REACTION' | 'ASSIGNMENT' | 'SLA_AT_RISK' | 'SLA_BREACHED';

export interface NotificationRow {
  id: string;
  employee_id: string;
  kind: NotificationKind;
  actor_id: string | null;
  activity_id: string;
  comment_id: string | null;
  subject_id: string;
  created_at: Date;
  read_at: Date | null;
}

export interface NewNotifications {
  kind: NotificationKind;
  recipientIds: readonly string[];
  /** Null for what the server's own rules raise (a routed case, an SLA warning). */
  actorId: string | null;
  activityId: string;
  commentId?: string | null;
  subjectId: string;
  /**
   * When the recipient already has this notification (say, an earlier reaction to the same post),
   * bring it back as unread and new, from this actor, instead of adding nothing.
   */
  renotify?: boolean;
}

/** Kinds a muted thread stops; a direct @mention still gets through. */
const MUTABLE_KINDS: readonly NotificationKind[] = ['REPLY', 'REACTION'];

export const NOTIFICATION_BATCH = 200;
const COLUMNS = 'n.id, n.employee_id, n.kind, n.actor_id, n.activity_id, n.comment_id, n.subject_id, n.created_at, n.read_at';

/**
 * What is addressed to one employee. Written in the transaction of the change that causes it (only
 * for recipients who may open the subject), pushed after commit by the dispatcher, and counted
 * fresh on every read: the unread count is a COUNT of visible unread rows, so it cannot drift.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DataSource,
    private readonly realtime: RealtimePublisher,
  ) {}

  /** Inside the caller's transaction; the actor never notifies themself, nor a muted thread its muter. */
  async add(tx: EntityManager, n: NewNotifications): Promise<void> {
    const recipients = [...new Set(n.recipientIds)].filter((id) => id !== n.actorId);
    if (recipients.length === 0) return;
    await tx.query(
      `INSERT INTO notifications (id, employee_id, kind, actor_id, activity_id, comment_id, subject_id, created_at)
       SELECT gen_random_uuid(), r, $2, $3, $4, $5, $6, date_trunc('milliseconds', clock_timestamp())
       FROM unnest($1::text[]) AS r
       WHERE ${isActiveEmployeeSql('r')} AND ${canSeeSql('r', '$6')}
         AND ($7::boolean IS FALSE OR NOT EXISTS (SELECT 1 FROM muted_threads m WHERE m.employee_id = r AND m.activity_id = $4))
       ON CONFLICT (employee_id, kind, activity_id, comment_id)
       DO UPDATE SET actor_id = EXCLUDED.actor_id, created_at = EXCLUDED.created_at, read_at = NULL, delivered_at = NULL
       WHERE $8::boolean`,
      [recipients, n.kind, n.actorId, n.activityId, n.commentId ?? null, n.subjectId, MUTABLE_KINDS.includes(n.kind), n.renotify ?? false],
    );
  }

  /**
   * A post or comment was removed: the notifications it caused go with it (inside the removal's
   * transaction); a post's comments keep theirs.
   * Answers who lost a notification, so their counts can be pushed after commit.
   */
  async removeFor(tx: EntityManager, activityId: string, commentId: string | null): Promise<string[]> {
    // A SELECT around the DELETE: TypeORM answers a bare DELETE with [rows, count], a SELECT with rows.
    const rows: Array<{ employee_id: string }> = await tx.query(
      `WITH gone AS (
         DELETE FROM notifications WHERE activity_id = $1
           AND comment_id IS NOT DISTINCT FROM $2::uuid
         RETURNING employee_id
       ) SELECT DISTINCT employee_id FROM gone`,
      [activityId, commentId],
    );
    return rows.map((r) => r.employee_id);
  }

  /** Pushes the current unread count to each employee (after a change that lowered it). */
  async pushCounts(employeeIds: readonly string[]): Promise<void> {
    if (employeeIds.length === 0) return;
    const counts = await this.unreadCounts(employeeIds);
    for (const id of new Set(employeeIds)) {
      this.realtime.emitToEmployees([id], 'notification', { notification: null, unreadCount: counts.get(id) ?? 0 });
    }
  }

  async unreadCount(employeeId: string): Promise<number> {
    return (await this.unreadCounts([employeeId])).get(employeeId) ?? 0;
  }

  async unreadCounts(employeeIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ employee_id: string; n: number }> = await this.db.query(
      `SELECT n.employee_id, count(*)::int AS n FROM notifications n
       WHERE n.employee_id = ANY($1) AND n.read_at IS NULL AND ${canSeeSql('n.employee_id', 'n.subject_id')}
       GROUP BY n.employee_id`,
      [[...new Set(employeeIds)]],
    );
    return new Map(rows.map((r) => [r.employee_id, r.n]));
  }

  /** Newest first; only what the employee can still open. */
  list(employeeId: string, first: number, unreadOnly: boolean): Promise<NotificationRow[]> {
    assertPageSize(first, 100);
    return this.db.query(
      `SELECT ${COLUMNS} FROM notifications n
       WHERE n.employee_id = $1 AND ($3::boolean IS FALSE OR n.read_at IS NULL) AND ${canSeeSql('$1', 'n.subject_id')}
       ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      [employeeId, first, unreadOnly],
    );
  }

  /** Marks some (ids) or all as read; answers the new unread count and pushes it live. */
  async markRead(employeeId: string, ids: readonly string[] | null, all: boolean): Promise<number> {
    if (!all && (!ids || ids.length === 0)) throw AppError.badInput('ids', 'pass the ids to mark read, or all: true');
    if (ids?.some((id) => !isUuid(id))) throw AppError.badInput('ids', 'one or more are not notification ids');
    await this.db.query(
      `UPDATE notifications SET read_at = now() WHERE employee_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))`,
      [employeeId, all, ids ?? []],
    );
    const unreadCount = await this.unreadCount(employeeId);
    this.realtime.emitToEmployees([employeeId], 'notification', { notification: null, unreadCount });
    return unreadCount;
  }

  /**
   * Pushes committed, undelivered notifications: claimed with SKIP LOCKED, checked for visibility
   * again, marked delivered in the same transaction, then sent with each recipient's new count.
   */
  async deliverPending(): Promise<number> {
    // Returns how many were claimed (visible or not), so callers know when the queue is empty.
    const { total, claimed } = await this.db.transaction(async (tx) => {
      const rows: NotificationRow[] = await tx.query(
        `SELECT ${COLUMNS} FROM notifications n WHERE n.delivered_at IS NULL
         ORDER BY n.created_at LIMIT ${NOTIFICATION_BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return { total: 0, claimed: [] as NotificationRow[] };
      await tx.query('UPDATE notifications SET delivered_at = now() WHERE id = ANY($1::uuid[])', [rows.map((r) => r.id)]);
      const visible: Array<{ id: string }> = await tx.query(
        `SELECT n.id FROM notifications n WHERE n.id = ANY($1::uuid[]) AND ${canSeeSql('n.employee_id', 'n.subject_id')}`,
        [rows.map((r) => r.id)],
      );
      const keep = new Set(visible.map((v) => v.id));
      return { total: rows.length, claimed: rows.filter((r) => keep.has(r.id)) };
    });
    if (claimed.length === 0) return total;
    const counts = await this.unreadCounts(claimed.map((n) => n.employee_id));
    for (const n of claimed) {
      this.realtime.emitToEmployees([n.employee_id], 'notification', { notification: present(n), unreadCount: counts.get(n.employee_id) ?? 0 });
    }
    return total;
  }
}

export function present(n: NotificationRow) {
  return {
    id: n.id,
    kind: n.kind,
    actorId: n.actor_id,
    activityId: n.activity_id,
    commentId: n.comment_id,
    subjectId: n.subject_id,
    createdAt: n.created_at.toISOString(),
    read: n.read_at !== null,
  };
}
