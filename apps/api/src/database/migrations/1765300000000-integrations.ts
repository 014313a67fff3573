import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inbound integrations and outbound webhooks: the inbox of raw events (ingest is decoupled from
 * processing), mirrored CRM records, normalised social mentions, the social side of accounts,
 * webhook subscriptions with their delivery log, and an outbox the activity insert fills for them.
 */
export class Integrations1765300000000 implements MigrationInterface {
  name = 'Integrations1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE activities DROP CONSTRAINT IF EXISTS activities_kind_check;
      ALTER TABLE activities ADD CONSTRAINT activities_kind_check
        CHECK (kind IN ('POST', 'RECORD_CHANGE', 'SOCIAL_MENTION', 'SYSTEM', 'BUSINESS_EVENT', 'NEW_VERSION'));

      -- The social side of a customer: 'network:handle' keys (lowercase, no @), domains, keywords.
      ALTER TABLE accounts
        ADD COLUMN social_handles text[] NOT NULL DEFAULT '{}',
        ADD COLUMN domains text[] NOT NULL DEFAULT '{}',
        ADD COLUMN watch_keywords text[] NOT NULL DEFAULT '{}';
      CREATE INDEX accounts_social_handles_idx ON accounts USING gin (social_handles);
      CREATE INDEX accounts_domains_idx ON accounts USING gin (domains);

      -- Every verified inbound event, committed before the request answers. (source, event_key)
      -- is the idempotency key: a redelivery finds its row and changes nothing.
      CREATE TABLE integration_inbox (
        id uuid PRIMARY KEY,
        connector text NOT NULL,
        source text NOT NULL,
        event_key text NOT NULL,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        processed_at timestamptz,
        outcome text,
        error text,
        attempts integer NOT NULL DEFAULT 0
      );
      CREATE UNIQUE INDEX integration_inbox_key ON integration_inbox (source, event_key);
      CREATE INDEX integration_inbox_pending_idx ON integration_inbox (received_at) WHERE processed_at IS NULL;
      CREATE INDEX integration_inbox_connector_idx ON integration_inbox (connector, received_at DESC);

      CREATE TABLE external_records (
        source text NOT NULL,
        external_id text NOT NULL,
        record_type text NOT NULL,
        subject_id text NOT NULL,
        last_occurred_at timestamptz,
        PRIMARY KEY (source, external_id)
      );
      CREATE INDEX external_records_subject_idx ON external_records (subject_id);

      -- When each mirrored change happened at the source, and where its activity sits in the feed:
      -- an event that arrives late is placed before the ones that happened after it.
      CREATE TABLE external_record_events (
        activity_id uuid PRIMARY KEY REFERENCES activities(id),
        subject_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        placed_at timestamptz NOT NULL
      );
      CREATE INDEX external_record_events_subject_idx ON external_record_events (subject_id, occurred_at);

      CREATE TABLE social_mentions (
        id uuid PRIMARY KEY,
        network text NOT NULL,
        external_id text NOT NULL,
        direction text NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
        author_handle text NOT NULL,
        author_name text,
        author_followers integer NOT NULL DEFAULT 0,
        author_verified boolean NOT NULL DEFAULT false,
        text text NOT NULL,
        url text,
        posted_at timestamptz NOT NULL,
        lang text,
        reply_to_external_id text,
        in_reply_to_mention_id uuid REFERENCES social_mentions(id),
        raw jsonb NOT NULL,
        account_id text REFERENCES accounts(id),
        match_confidence real,
        match_reason text,
        activity_id uuid REFERENCES activities(id),
        sentiment real NOT NULL DEFAULT 0,
        intent text NOT NULL DEFAULT 'OTHER',
        priority text NOT NULL DEFAULT 'MEDIUM',
        why text[] NOT NULL DEFAULT '{}',
        case_id text,
        edited_at timestamptz,
        removed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE UNIQUE INDEX social_mentions_key ON social_mentions (network, external_id);
      CREATE INDEX social_mentions_activity_idx ON social_mentions (activity_id) WHERE activity_id IS NOT NULL;
      CREATE INDEX social_mentions_unmatched_idx ON social_mentions (created_at DESC) WHERE account_id IS NULL AND direction = 'INBOUND';

      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY,
        url text NOT NULL,
        kinds text[] NOT NULL,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by text NOT NULL REFERENCES employees(id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );

      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
        activity_id uuid NOT NULL REFERENCES activities(id),
        status text NOT NULL CHECK (status IN ('PENDING', 'RETRYING', 'DELIVERED', 'FAILED', 'SKIPPED')),
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        last_attempt_at timestamptz,
        delivered_at timestamptz
      );
      CREATE UNIQUE INDEX webhook_deliveries_once ON webhook_deliveries (subscription_id, activity_id);
      CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (subscription_id, created_at DESC, id DESC);

      -- Written in the same transaction as each new activity, while someone subscribes at all:
      -- outbound delivery never loses an activity, and never touches the feed's own outbox.
      CREATE TABLE webhook_outbox (
        activity_id uuid PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE FUNCTION tidings_webhook_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM webhook_subscriptions WHERE active AND NEW.kind = ANY(kinds)) THEN
          INSERT INTO webhook_outbox (activity_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER activities_webhook_outbox AFTER INSERT ON activities
        FOR EACH ROW EXECUTE FUNCTION tidings_webhook_outbox();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS activities_webhook_outbox ON activities;
      DROP FUNCTION IF EXISTS tidings_webhook_outbox();
      DROP TABLE IF EXISTS webhook_outbox, webhook_deliveries, webhook_subscriptions, social_mentions,
        external_record_events, external_records, integration_inbox;
      ALTER TABLE accounts DROP COLUMN IF EXISTS social_handles, DROP COLUMN IF EXISTS domains, DROP COLUMN IF EXISTS watch_keywords;
      ALTER TABLE activities DROP CONSTRAINT IF EXISTS activities_kind_check;
      ALTER TABLE activities ADD CONSTRAINT activities_kind_check CHECK (kind IN ('POST', 'RECORD_CHANGE', 'SOCIAL_MENTION', 'SYSTEM'));
    `);
  }
}
