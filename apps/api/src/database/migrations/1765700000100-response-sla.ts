import { MigrationInterface, QueryRunner } from 'typeorm';

const SLA_NOTIFICATION_KINDS = ['SLA_AT_RISK', 'SLA_BREACHED'];

/**
 * Rewrites the notification kinds check as the kinds it allows now plus or minus `kinds`, so
 * migrations that add kinds of their own compose in any order.
 */
function notificationKindsSql(kinds: string[], add: boolean): string {
  const list = kinds.map((k) => `'${k}'`).join(', ');
  return `
    DO $$
    DECLARE allowed text[];
    BEGIN
      SELECT coalesce(array_agg(DISTINCT m[1]), ARRAY[]::text[]) INTO allowed
      FROM pg_constraint c, regexp_matches(pg_get_constraintdef(c.oid), '''([A-Z_]+)''', 'g') AS m
      WHERE c.conrelid = 'notifications'::regclass AND c.conname = 'notifications_kind_check';
      allowed := ${add ? `ARRAY(SELECT DISTINCT k FROM unnest(allowed || ARRAY[${list}]) AS k ORDER BY k)` : `ARRAY(SELECT k FROM unnest(allowed) AS k WHERE k <> ALL (ARRAY[${list}]) ORDER BY k)`};
      ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check;
      EXECUTE format('ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (%s))',
        (SELECT string_agg(quote_literal(k), ', ') FROM unnest(allowed) AS k));
    END $$;`;
}

/**
 * The response SLA: a policy per case priority (seeded with 24 h / 24 h / 4 h / 1 h), optional
 * business-hours calendars per team, the clocks of each case with their due and at-risk moments
 * (what the sweep fires, exactly once), a lead per team for breach alerts, and the two SLA
 * notification kinds.
 */
export class ResponseSla1765700000100 implements MigrationInterface {
  name = 'ResponseSla1765700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE teams ADD COLUMN lead_id text REFERENCES employees(id) ON DELETE SET NULL;

      CREATE TABLE sla_policies (
        priority text PRIMARY KEY CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        first_response_minutes integer NOT NULL CHECK (first_response_minutes BETWEEN 1 AND 525600),
        next_response_minutes integer NOT NULL CHECK (next_response_minutes BETWEEN 1 AND 525600),
        on_breach_reassign_to_team_id text REFERENCES teams(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      INSERT INTO sla_policies (priority, first_response_minutes, next_response_minutes) VALUES
        ('LOW', 1440, 1440), ('MEDIUM', 1440, 1440), ('HIGH', 240, 240), ('URGENT', 60, 60);

      CREATE TABLE business_calendars (
        team_id text PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
        time_zone text NOT NULL,
        working_days smallint[] NOT NULL CHECK (cardinality(working_days) BETWEEN 1 AND 7 AND working_days <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
        start_minute smallint NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute smallint NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
        holidays date[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (start_minute < end_minute)
      );

      CREATE TABLE case_sla_clocks (
        id uuid PRIMARY KEY,
        case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('FIRST_RESPONSE', 'NEXT_RESPONSE')),
        target_minutes integer NOT NULL,
        calendar_team_id text REFERENCES teams(id) ON DELETE SET NULL,
        started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        at_risk_at timestamptz NOT NULL,
        paused_at timestamptz,
        paused_minutes integer NOT NULL DEFAULT 0,
        stopped_at timestamptz,
        met boolean,
        response_minutes integer,
        stopped_by text REFERENCES employees(id) ON DELETE SET NULL,
        at_risk_fired_at timestamptz,
        breached_fired_at timestamptz,
        CHECK ((stopped_at IS NULL) = (met IS NULL))
      );
      CREATE UNIQUE INDEX case_sla_clocks_one_running ON case_sla_clocks (case_id) WHERE stopped_at IS NULL;
      CREATE UNIQUE INDEX case_sla_clocks_one_first ON case_sla_clocks (case_id) WHERE kind = 'FIRST_RESPONSE';
      CREATE INDEX case_sla_clocks_case_idx ON case_sla_clocks (case_id, started_at DESC);
      CREATE INDEX case_sla_clocks_at_risk_due ON case_sla_clocks (at_risk_at)
        WHERE stopped_at IS NULL AND paused_at IS NULL AND at_risk_fired_at IS NULL;
      CREATE INDEX case_sla_clocks_breach_due ON case_sla_clocks (due_at)
        WHERE stopped_at IS NULL AND paused_at IS NULL AND breached_fired_at IS NULL;
    `);
    await q.query(notificationKindsSql(SLA_NOTIFICATION_KINDS, true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind IN ('SLA_AT_RISK', 'SLA_BREACHED')`);
    await q.query(notificationKindsSql(SLA_NOTIFICATION_KINDS, false));
    await q.query(`
      DROP TABLE case_sla_clocks;
      DROP TABLE business_calendars;
      DROP TABLE sla_policies;
      ALTER TABLE teams DROP COLUMN lead_id;
    `);
  }
}
