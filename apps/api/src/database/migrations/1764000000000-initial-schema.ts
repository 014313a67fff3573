import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: people, records, follows, activities (the outbox), feed entries, and the one
 * SQL definition of "can employee E open subject S" that every read and every fan-out uses.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE employees (
        id text PRIMARY KEY,
        email text NOT NULL,
        name text NOT NULL,
        handle text NOT NULL,
        title text,
        role text NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        token_version integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX employees_email_key ON employees (lower(email));
      CREATE UNIQUE INDEX employees_handle_key ON employees (lower(handle));

      CREATE TABLE teams (
        id text PRIMARY KEY,
        name text NOT NULL,
        handle text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX teams_handle_key ON teams (lower(handle));

      CREATE TABLE team_members (
        team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        employee_id text NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        PRIMARY KEY (team_id, employee_id)
      );
      CREATE INDEX team_members_employee_idx ON team_members (employee_id);

      CREATE TABLE accounts (
        id text PRIMARY KEY,
        name text NOT NULL,
        industry text,
        tier text NOT NULL CHECK (tier IN ('STRATEGIC', 'ENTERPRISE', 'MID_MARKET', 'SMB')),
        owner_id text NOT NULL REFERENCES employees(id),
        owning_team_id text REFERENCES teams(id),
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
        created_by text NOT NULL REFERENCES employees(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX accounts_name_idx ON accounts (lower(name));

      CREATE TABLE deals (
        id text PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts(id),
        name text NOT NULL,
        stage text NOT NULL CHECK (stage IN ('PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON', 'CLOSED_LOST')),
        amount numeric(14, 2) NOT NULL DEFAULT 0,
        close_date date,
        owner_id text NOT NULL REFERENCES employees(id),
        owning_team_id text REFERENCES teams(id),
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
        created_by text NOT NULL REFERENCES employees(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX deals_account_idx ON deals (account_id);

      CREATE TABLE cases (
        id text PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts(id),
        subject text NOT NULL,
        status text NOT NULL CHECK (status IN ('NEW', 'OPEN', 'PENDING_CUSTOMER', 'ESCALATED', 'RESOLVED', 'CLOSED')),
        priority text NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        owner_id text NOT NULL REFERENCES employees(id),
        owning_team_id text REFERENCES teams(id),
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
        created_by text NOT NULL REFERENCES employees(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX cases_account_idx ON cases (account_id);

      CREATE TABLE documents (
        id text PRIMARY KEY,
        account_id text REFERENCES accounts(id),
        deal_id text REFERENCES deals(id),
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('RFP', 'PROPOSAL', 'CONTRACT', 'SOW', 'OTHER')),
        status text NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'SIGNED')),
        owner_id text NOT NULL REFERENCES employees(id),
        owning_team_id text REFERENCES teams(id),
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
        created_by text NOT NULL REFERENCES employees(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX documents_account_idx ON documents (account_id);
      CREATE INDEX documents_deal_idx ON documents (deal_id);

      -- Explicit shares of a private record with an employee or a team.
      CREATE TABLE record_shares (
        record_id text NOT NULL,
        employee_id text REFERENCES employees(id) ON DELETE CASCADE,
        team_id text REFERENCES teams(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((employee_id IS NULL) <> (team_id IS NULL))
      );
      CREATE UNIQUE INDEX record_shares_key ON record_shares (record_id, coalesce(employee_id, ''), coalesce(team_id, ''));

      CREATE TABLE follows (
        employee_id text NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        subject_id text NOT NULL,
        include_related boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (employee_id, subject_id)
      );
      CREATE INDEX follows_subject_idx ON follows (subject_id);

      -- Activities are immutable, and double as the outbox: delivered_at is null until fanned out.
      CREATE TABLE activities (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('POST', 'RECORD_CHANGE', 'SOCIAL_MENTION', 'SYSTEM')),
        actor_id text REFERENCES employees(id),
        subject_id text NOT NULL,
        related_subject_ids text[] NOT NULL DEFAULT '{}',
        body text,
        changes jsonb,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz
      );
      CREATE INDEX activities_subject_idx ON activities (subject_id, created_at DESC, id DESC);
      CREATE INDEX activities_related_idx ON activities USING gin (related_subject_ids);
      CREATE INDEX activities_undelivered_idx ON activities (created_at) WHERE delivered_at IS NULL;

      CREATE TABLE comments (
        id uuid PRIMARY KEY,
        activity_id uuid NOT NULL REFERENCES activities(id),
        author_id text NOT NULL REFERENCES employees(id),
        body text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX comments_activity_idx ON comments (activity_id, created_at);

      -- Fan-out on write: one row puts one activity into one employee's feed.
      CREATE TABLE feed_entries (
        employee_id text NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        activity_id uuid NOT NULL REFERENCES activities(id),
        PRIMARY KEY (employee_id, created_at, activity_id)
      );
      CREATE UNIQUE INDEX feed_entries_once ON feed_entries (employee_id, activity_id);
    `);

    await q.query(RECORD_OPEN_SQL_V1);
    await q.query(CAN_SEE_SQL_V1);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS tidings_can_see(text, text);
      DROP FUNCTION IF EXISTS tidings_record_open(text, text, text, text, text);
      DROP TABLE IF EXISTS feed_entries, comments, activities, follows, record_shares,
        documents, cases, deals, accounts, team_members, teams, employees;
    `);
  }
}

// Whether one record is open to an employee on its own terms (its parent is checked separately).
// Parameters are p_-prefixed: in SQL functions a column of the same name would win.
export const RECORD_OPEN_SQL_V1 = `
      CREATE OR REPLACE FUNCTION tidings_record_open(p_emp text, p_rid text, p_vis text, p_owner text, p_team text)
      RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT p_vis = 'PUBLIC'
          OR p_owner = p_emp
          OR EXISTS (SELECT 1 FROM employees e WHERE e.id = p_emp AND e.role = 'ADMIN')
          OR (p_team IS NOT NULL AND EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = p_team AND m.employee_id = p_emp))
          OR EXISTS (
            SELECT 1 FROM record_shares s
            WHERE s.record_id = p_rid
              AND (s.employee_id = p_emp
                OR EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = s.team_id AND m.employee_id = p_emp)))
      $$;
    `;

// The one definition of visibility. Children of a record are visible only when the parent is too.
export const CAN_SEE_SQL_V1 = `
      CREATE OR REPLACE FUNCTION tidings_can_see(p_emp text, p_subject text)
      RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT CASE split_part(p_subject, '_', 1)
          WHEN 'acc' THEN EXISTS (
            SELECT 1 FROM accounts a WHERE a.id = p_subject
              AND tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id))
          WHEN 'deal' THEN EXISTS (
            SELECT 1 FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.id = p_subject
              AND tidings_record_open(p_emp, d.id, d.visibility, d.owner_id, d.owning_team_id)
              AND tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id))
          WHEN 'case' THEN EXISTS (
            SELECT 1 FROM cases c JOIN accounts a ON a.id = c.account_id WHERE c.id = p_subject
              AND tidings_record_open(p_emp, c.id, c.visibility, c.owner_id, c.owning_team_id)
              AND tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id))
          WHEN 'doc' THEN EXISTS (
            SELECT 1 FROM documents o
              LEFT JOIN accounts a ON a.id = o.account_id
              LEFT JOIN deals d ON d.id = o.deal_id
              LEFT JOIN accounts da ON da.id = d.account_id
            WHERE o.id = p_subject
              AND tidings_record_open(p_emp, o.id, o.visibility, o.owner_id, o.owning_team_id)
              AND (a.id IS NULL OR tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id))
              AND (d.id IS NULL OR (tidings_record_open(p_emp, d.id, d.visibility, d.owner_id, d.owning_team_id)
                AND tidings_record_open(p_emp, da.id, da.visibility, da.owner_id, da.owning_team_id))))
          WHEN 'emp' THEN EXISTS (SELECT 1 FROM employees e WHERE e.id = p_subject)
          WHEN 'team' THEN EXISTS (SELECT 1 FROM teams t WHERE t.id = p_subject)
          WHEN 'topic' THEN true
          ELSE false
        END
      $$;
    `;
