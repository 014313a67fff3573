import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feed entries are the fan-out's output: one row per (employee, activity), written only by the
 * audience INSERT, which reads both from their own tables in the same statement. Writing them is
 * what bounds deliveries per second, so the table keeps only what reads and exactly-once need:
 * - the primary key (employee_id, created_at, activity_id) serves the keyset pages and is already
 *   unique per (employee, activity), because created_at is the activity's own, fixed at creation;
 *   the second unique index said the same thing again;
 * - the foreign keys cost a trigger and an index probe per row (half of the INSERT's time at
 *   10M entries). Employees and activities are never deleted (people are disabled, activities
 *   tombstoned), and entries are only inserted from rows that exist.
 */
export class LeanFeedEntries1765700000400 implements MigrationInterface {
  name = 'LeanFeedEntries1765700000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS feed_entries_once;
      ALTER TABLE feed_entries DROP CONSTRAINT IF EXISTS feed_entries_employee_id_fkey;
      ALTER TABLE feed_entries DROP CONSTRAINT IF EXISTS feed_entries_activity_id_fkey;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNIQUE INDEX IF NOT EXISTS feed_entries_once ON feed_entries (employee_id, activity_id);
      ALTER TABLE feed_entries ADD CONSTRAINT feed_entries_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES employees(id) ON DELETE CASCADE;
      ALTER TABLE feed_entries ADD CONSTRAINT feed_entries_activity_id_fkey FOREIGN KEY (activity_id) REFERENCES activities(id);
    `);
  }
}
