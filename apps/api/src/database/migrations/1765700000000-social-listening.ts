import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Social listening: personas (who posts), the scoring and routing state of each mention, the
 * classifier's training corrections, and the admin-edited routing rules (first match wins), with
 * the default rules every install starts with. Accounts gain the support team their social cases
 * go to.
 */
export class SocialListening1765700000000 implements MigrationInterface {
  name = 'SocialListening1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE accounts ADD COLUMN support_team_id text REFERENCES teams(id);

      CREATE TABLE social_personas (
        id uuid PRIMARY KEY,
        network text NOT NULL,
        handle text NOT NULL,
        name text,
        followers integer NOT NULL DEFAULT 0,
        verified boolean NOT NULL DEFAULT false,
        account_id text REFERENCES accounts(id),
        linked_by text CHECK (linked_by IN ('HANDLE', 'AGENT')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE UNIQUE INDEX social_personas_key ON social_personas (network, lower(handle));
      CREATE INDEX social_personas_account_idx ON social_personas (account_id) WHERE account_id IS NOT NULL;

      ALTER TABLE social_mentions
        ADD COLUMN persona_id uuid REFERENCES social_personas(id),
        ADD COLUMN influence_band text,
        ADD COLUMN routed_at timestamptz,
        ADD COLUMN routing_rule_id uuid,
        ADD COLUMN claimed_by text REFERENCES employees(id),
        ADD COLUMN claimed_at timestamptz,
        ADD COLUMN dismissed_by text REFERENCES employees(id),
        ADD COLUMN dismissed_at timestamptz;
      -- Posts stored before routing existed are left as they were: no cases for old news.
      UPDATE social_mentions SET routed_at = created_at;
      -- Posts the routing stage has not seen yet (new mentions to score and route, new replies to clock); routed_at is on the app clock.
      CREATE INDEX social_mentions_unrouted_idx ON social_mentions (created_at, id) WHERE routed_at IS NULL;
      CREATE INDEX social_mentions_persona_idx ON social_mentions (persona_id, created_at DESC) WHERE persona_id IS NOT NULL;
      CREATE INDEX social_mentions_case_idx ON social_mentions (case_id) WHERE case_id IS NOT NULL;
      -- The inbox, newest first: a page reads its first rows and checks visibility on those only.
      CREATE INDEX social_mentions_inbox_idx ON social_mentions (created_at DESC, id DESC) WHERE direction = 'INBOUND' AND removed_at IS NULL;

      -- What agents taught the classifier. A deterministic fifth of them is held out of training
      -- and measures the classifier instead.
      CREATE TABLE social_training_examples (
        id uuid PRIMARY KEY,
        mention_id uuid REFERENCES social_mentions(id),
        text text NOT NULL,
        intent text NOT NULL CHECK (intent IN ('COMPLAINT', 'QUESTION', 'PRAISE', 'OTHER')),
        predicted_intent text,
        held_out boolean NOT NULL DEFAULT false,
        created_by text REFERENCES employees(id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE UNIQUE INDEX social_training_examples_mention ON social_training_examples (mention_id) WHERE mention_id IS NOT NULL;

      -- One row: bumped with every change to the training set, so each process rebuilds its
      -- classifier when its copy is older (one cheap read per routing batch).
      CREATE TABLE social_classifier_version (
        id integer PRIMARY KEY CHECK (id = 1),
        version bigint NOT NULL
      );
      INSERT INTO social_classifier_version (id, version) VALUES (1, 0);

      -- Ordered; the first enabled rule whose conditions all hold decides (first match wins).
      -- An empty array or a null bound is "any".
      CREATE TABLE social_routing_rules (
        id uuid PRIMARY KEY,
        position integer NOT NULL,
        name text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        networks text[] NOT NULL DEFAULT '{}',
        intents text[] NOT NULL DEFAULT '{}',
        sentiment_min real,
        sentiment_max real,
        influence_bands text[] NOT NULL DEFAULT '{}',
        account_tiers text[] NOT NULL DEFAULT '{}',
        keywords text[] NOT NULL DEFAULT '{}',
        create_case boolean NOT NULL DEFAULT false,
        case_priority text CHECK (case_priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        assign_to text NOT NULL DEFAULT 'NONE' CHECK (assign_to IN ('NONE', 'SUPPORT_TEAM', 'ACCOUNT_OWNER', 'TEAM')),
        assign_team_id text REFERENCES teams(id) ON DELETE SET NULL,
        notify_employee_ids text[] NOT NULL DEFAULT '{}',
        add_topic text,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      );
      CREATE INDEX social_routing_rules_order ON social_routing_rules (position, id);

      INSERT INTO social_routing_rules (id, position, name, intents, sentiment_max, create_case, case_priority, assign_to)
      VALUES
        ('0193a000-0000-7000-8000-000000000001', 1, 'Negative complaints open a HIGH case for the support team', '{COMPLAINT}', -0.05, true, 'HIGH', 'SUPPORT_TEAM'),
        ('0193a000-0000-7000-8000-000000000002', 2, 'Every other complaint opens a case for the support team', '{COMPLAINT}', NULL, true, NULL, 'SUPPORT_TEAM');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS social_routing_rules, social_classifier_version, social_training_examples;
      DROP INDEX IF EXISTS social_mentions_unrouted_idx, social_mentions_persona_idx, social_mentions_case_idx, social_mentions_inbox_idx;
      ALTER TABLE social_mentions
        DROP COLUMN IF EXISTS persona_id, DROP COLUMN IF EXISTS influence_band, DROP COLUMN IF EXISTS routed_at,
        DROP COLUMN IF EXISTS routing_rule_id, DROP COLUMN IF EXISTS claimed_by, DROP COLUMN IF EXISTS claimed_at,
        DROP COLUMN IF EXISTS dismissed_by, DROP COLUMN IF EXISTS dismissed_at;
      DROP TABLE IF EXISTS social_personas;
      ALTER TABLE accounts DROP COLUMN IF EXISTS support_team_id;
    `);
  }
}
