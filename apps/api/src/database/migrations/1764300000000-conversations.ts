import { MigrationInterface, QueryRunner } from 'typeorm';
import { VisibilityPlpgsql1764100000000 } from './1764100000000-visibility-plpgsql';

/**
 * Conversations around activities:
 * - edits and moderation: `edited_at`, and a tombstone (`deleted_at`, `deleted_by`, body cleared);
 * - folding: a burst of changes grows one `foldable` activity (record updates, not creations);
 *   `updated_at` is when it last changed and `update_pending` is the outbox flag for `feed:item:updated` (like delivered_at for `feed:item`);
 * - reactions on activities and comments, bookmarks and muted threads, one row per employee;
 * - topics (#renewal) as followable subjects, and which activities and comments carry them;
 * - per-follow filters: a follow may narrow the activity kinds and changed fields it delivers.
 */
export class Conversations1764300000000 implements MigrationInterface {
  name = 'Conversations1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE activities
        ADD COLUMN edited_at timestamptz,
        ADD COLUMN deleted_at timestamptz,
        ADD COLUMN deleted_by text REFERENCES employees(id),
        ADD COLUMN updated_at timestamptz,
        ADD COLUMN update_pending boolean NOT NULL DEFAULT false,
        ADD COLUMN foldable boolean NOT NULL DEFAULT false;
      CREATE INDEX activities_update_pending_idx ON activities (updated_at) WHERE update_pending;
      CREATE INDEX activities_social_idx ON activities (created_at DESC, id DESC) WHERE kind = 'SOCIAL_MENTION';
      CREATE INDEX activities_actor_idx ON activities (actor_id, created_at DESC);

      ALTER TABLE comments
        ADD COLUMN edited_at timestamptz,
        ADD COLUMN deleted_at timestamptz,
        ADD COLUMN deleted_by text REFERENCES employees(id),
        ALTER COLUMN body DROP NOT NULL;

      ALTER TABLE follows
        ADD COLUMN kinds text[],
        ADD COLUMN fields text[];

      CREATE TABLE reactions (
        id uuid PRIMARY KEY,
        activity_id uuid NOT NULL REFERENCES activities(id),
        comment_id uuid REFERENCES comments(id),
        employee_id text NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        reaction text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX reactions_once
        ON reactions (activity_id, coalesce(comment_id, '00000000-0000-0000-0000-000000000000'::uuid), employee_id, reaction);
      CREATE INDEX reactions_comment_idx ON reactions (comment_id) WHERE comment_id IS NOT NULL;

      CREATE TABLE bookmarks (
        employee_id text NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        activity_id uuid NOT NULL REFERENCES activities(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (employee_id, activity_id)
      );

      CREATE TABLE muted_threads (
        employee_id text NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        activity_id uuid NOT NULL REFERENCES activities(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (employee_id, activity_id)
      );

      CREATE TABLE topics (
        id text PRIMARY KEY,
        name text NOT NULL,
        key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE topic_uses (
        topic_id text NOT NULL REFERENCES topics(id),
        activity_id uuid NOT NULL REFERENCES activities(id),
        comment_id uuid REFERENCES comments(id),
        created_at timestamptz NOT NULL
      );
      CREATE UNIQUE INDEX topic_uses_once
        ON topic_uses (topic_id, activity_id, coalesce(comment_id, '00000000-0000-0000-0000-000000000000'::uuid));
      CREATE INDEX topic_uses_recent_idx ON topic_uses (created_at DESC);
    `);
    // A topic is open to everyone once it exists (what is said under it keeps its record's rules).
    await q.query(`
      CREATE OR REPLACE FUNCTION tidings_can_see(p_emp text, p_subject text)
      RETURNS boolean LANGUAGE plpgsql STABLE AS $$
      DECLARE
        v_kind text := split_part(p_subject, '_', 1);
      BEGIN
        IF v_kind = 'acc' THEN
          RETURN EXISTS (
            SELECT 1 FROM accounts a WHERE a.id = p_subject
              AND tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id));
        ELSIF v_kind = 'deal' THEN
          RETURN EXISTS (
            SELECT 1 FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.id = p_subject
              AND tidings_record_open(p_emp, d.id, d.visibility, d.owner_id, d.owning_team_id)
              AND tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id));
        ELSIF v_kind = 'case' THEN
          RETURN EXISTS (
            SELECT 1 FROM cases c JOIN accounts a ON a.id = c.account_id WHERE c.id = p_subject
              AND tidings_record_open(p_emp, c.id, c.visibility, c.owner_id, c.owning_team_id)
              AND tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id));
        ELSIF v_kind = 'doc' THEN
          RETURN EXISTS (
            SELECT 1 FROM documents o
              LEFT JOIN accounts a ON a.id = o.account_id
              LEFT JOIN deals d ON d.id = o.deal_id
              LEFT JOIN accounts da ON da.id = d.account_id
            WHERE o.id = p_subject
              AND tidings_record_open(p_emp, o.id, o.visibility, o.owner_id, o.owning_team_id)
              AND (a.id IS NULL OR tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id))
              AND (d.id IS NULL OR (tidings_record_open(p_emp, d.id, d.visibility, d.owner_id, d.owning_team_id)
                AND tidings_record_open(p_emp, da.id, da.visibility, da.owner_id, da.owning_team_id))));
        ELSIF v_kind = 'emp' THEN
          RETURN EXISTS (SELECT 1 FROM employees e WHERE e.id = p_subject);
        ELSIF v_kind = 'team' THEN
          RETURN EXISTS (SELECT 1 FROM teams t WHERE t.id = p_subject);
        ELSIF v_kind = 'topic' THEN
          RETURN EXISTS (SELECT 1 FROM topics t WHERE t.id = p_subject);
        END IF;
        RETURN false;
      END
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await new VisibilityPlpgsql1764100000000().up(q);
    await q.query(`
      DROP TABLE IF EXISTS topic_uses, topics, muted_threads, bookmarks, reactions;
      ALTER TABLE follows DROP COLUMN kinds, DROP COLUMN fields;
      ALTER TABLE comments DROP COLUMN edited_at, DROP COLUMN deleted_at, DROP COLUMN deleted_by;
      DROP INDEX IF EXISTS activities_actor_idx;
      ALTER TABLE activities DROP COLUMN edited_at, DROP COLUMN deleted_at, DROP COLUMN deleted_by,
        DROP COLUMN updated_at, DROP COLUMN update_pending, DROP COLUMN foldable;
      DROP INDEX IF EXISTS activities_social_idx;
    `);
  }
}
