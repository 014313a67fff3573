import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of the integrations' logs. An inbox row keeps its (source, event_key) forever, so a
 * redelivery of an old event is still a duplicate, but a processed row's raw payload is cleared
 * (NULL) after INTEGRATIONS_INBOX_RETENTION_DAYS. Finished outbound deliveries are deleted after
 * WEBHOOK_DELIVERY_RETENTION_DAYS. Each partial index holds only what retention may still act on,
 * so its batches find their rows without reading the table, and it shrinks as they are done.
 */
export class IntegrationLogRetention1765700000500 implements MigrationInterface {
  name = 'IntegrationLogRetention1765700000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE integration_inbox ALTER COLUMN payload DROP NOT NULL;
      CREATE INDEX integration_inbox_retention_idx ON integration_inbox (processed_at)
        WHERE processed_at IS NOT NULL AND payload IS NOT NULL;
      CREATE INDEX webhook_deliveries_finished_idx ON webhook_deliveries ((coalesce(last_attempt_at, created_at)))
        WHERE status IN ('DELIVERED', 'FAILED', 'SKIPPED');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS webhook_deliveries_finished_idx;
      DROP INDEX IF EXISTS integration_inbox_retention_idx;
      UPDATE integration_inbox SET payload = '{"cleared": true}'::jsonb WHERE payload IS NULL;
      ALTER TABLE integration_inbox ALTER COLUMN payload SET NOT NULL;
    `);
  }
}
