import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Who already has this activity" (feed:item:updated), topic uses of a post and notifications of
 * an activity were sequential scans: no index led with the activity (311 ms on 1M feed entries).
 */
export class ActivityIndexes1765200000001 implements MigrationInterface {
  name = 'ActivityIndexes1765200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX IF NOT EXISTS feed_entries_activity_idx ON feed_entries (activity_id);
      CREATE INDEX IF NOT EXISTS topic_uses_activity_idx ON topic_uses (activity_id);
      CREATE INDEX IF NOT EXISTS notifications_activity_idx ON notifications (activity_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS feed_entries_activity_idx, topic_uses_activity_idx, notifications_activity_idx');
  }
}
