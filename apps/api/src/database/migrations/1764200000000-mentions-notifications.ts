import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentions (who a post or comment names, and whether they can open its subject) and notifications
 * (what is addressed to one employee), the latter doubling as an outbox: delivered_at is null until
 * the dispatcher has pushed it.
 */
export class MentionsNotifications1764200000000 implements MigrationInterface {
  name = 'MentionsNotifications1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentions (
        activity_id uuid NOT NULL REFERENCES activities(id),
        comment_id uuid REFERENCES comments(id),
        mentioned_id text NOT NULL,
        accessible boolean NOT NULL
      );
      CREATE UNIQUE INDEX mentions_once ON mentions (activity_id, coalesce(comment_id, '00000000-0000-0000-0000-000000000000'::uuid), mentioned_id);

      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        employee_id text NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('MENTION', 'REPLY', 'REACTION', 'ASSIGNMENT')),
        actor_id text REFERENCES employees(id),
        activity_id uuid NOT NULL REFERENCES activities(id),
        comment_id uuid REFERENCES comments(id),
        subject_id text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        delivered_at timestamptz
      );
      CREATE UNIQUE INDEX notifications_once
        ON notifications (employee_id, kind, activity_id, coalesce(comment_id, '00000000-0000-0000-0000-000000000000'::uuid));
      CREATE INDEX notifications_feed_idx ON notifications (employee_id, created_at DESC, id DESC);
      CREATE INDEX notifications_unread_idx ON notifications (employee_id) WHERE read_at IS NULL;
      CREATE INDEX notifications_undelivered_idx ON notifications (created_at) WHERE delivered_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS notifications, mentions');
  }
}
