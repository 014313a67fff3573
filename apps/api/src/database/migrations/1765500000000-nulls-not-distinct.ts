import { MigrationInterface, QueryRunner } from 'typeorm';

const ZERO = "'00000000-0000-0000-0000-000000000000'::uuid";

/** "Once per activity, or per comment of it": NULLS NOT DISTINCT (PostgreSQL 15+) says it without a stand-in id. */
const INDEXES = [
  { name: 'mentions_once', table: 'mentions', before: ['activity_id'], after: ['mentioned_id'] },
  { name: 'notifications_once', table: 'notifications', before: ['employee_id', 'kind', 'activity_id'], after: [] },
  { name: 'reactions_once', table: 'reactions', before: ['activity_id'], after: ['employee_id', 'reaction'] },
  { name: 'topic_uses_once', table: 'topic_uses', before: ['topic_id', 'activity_id'], after: [] },
];

export class NullsNotDistinct1765500000000 implements MigrationInterface {
  name = 'NullsNotDistinct1765500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const { name, table, before, after } of INDEXES) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE UNIQUE INDEX ${name} ON ${table} (${[...before, 'comment_id', ...after].join(', ')}) NULLS NOT DISTINCT`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { name, table, before, after } of INDEXES) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE UNIQUE INDEX ${name} ON ${table} (${[...before, `coalesce(comment_id, ${ZERO})`, ...after].join(', ')})`);
    }
  }
}
