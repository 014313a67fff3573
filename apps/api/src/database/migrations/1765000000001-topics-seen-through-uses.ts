import { MigrationInterface, QueryRunner } from 'typeorm';
import { topicsIn } from '../../modules/topics/topics.util';

/**
 * A topic is known to an employee only through its uses they can open, and their own: a topic named
 * only on a private deal does not answer to its name, id, follow or feed for anyone outside it, and
 * who posts the same word elsewhere learns nothing of the earlier side (not its spelling, not when
 * it began, not who follows it).
 *
 * - topic_uses.name: the spelling of each use, so an employee sees the topic as first written among
 *   the uses they can open;
 * - tidings_topic_first_use(employee, topic): that first use, or nothing when they can open none;
 * - tidings_can_see for a topic: that a first use exists. Uses whose post is itself on a topic are
 *   left out (other than one's own), which also keeps the rule from calling itself.
 */
export class TopicsSeenThroughUses1765000000001 implements MigrationInterface {
  name = 'TopicsSeenThroughUses1765000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE topic_uses ADD COLUMN name text');
    // Each use's own spelling, read again from its text (the topic's key finds it).
    const uses = await q.manager.query<Array<{ topic_id: string; activity_id: string; comment_id: string | null; key: string; body: string | null }>>(
      `SELECT u.topic_id, u.activity_id, u.comment_id, t.key, coalesce(c.body, a.body) AS body
       FROM topic_uses u JOIN topics t ON t.id = u.topic_id JOIN activities a ON a.id = u.activity_id
         LEFT JOIN comments c ON c.id = u.comment_id`,
    );
    const spelled = uses.map((u) => topicsIn(u.body ?? '').find((t) => t.key === u.key)?.name ?? u.key);
    if (uses.length > 0) {
      await q.query(
        `UPDATE topic_uses u SET name = n.name
         FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[]) AS n(topic_id, activity_id, comment_id, name)
         WHERE u.topic_id = n.topic_id AND u.activity_id = n.activity_id AND u.comment_id IS NOT DISTINCT FROM n.comment_id`,
        [uses.map((u) => u.topic_id), uses.map((u) => u.activity_id), uses.map((u) => u.comment_id), spelled],
      );
    }
    await q.query(`
      UPDATE topic_uses u SET name = t.key FROM topics t WHERE t.id = u.topic_id AND u.name IS NULL;
      ALTER TABLE topic_uses ALTER COLUMN name SET NOT NULL;
      CREATE INDEX topic_uses_topic_time_idx ON topic_uses (topic_id, created_at, activity_id);
    `);
    await q.query(`
      CREATE OR REPLACE FUNCTION tidings_topic_first_use(p_emp text, p_topic text)
      RETURNS TABLE (name text, created_at timestamptz) LANGUAGE sql STABLE AS $$
        SELECT u.name, u.created_at FROM topic_uses u
          JOIN activities a ON a.id = u.activity_id AND a.deleted_at IS NULL
          LEFT JOIN comments c ON c.id = u.comment_id
        WHERE u.topic_id = p_topic AND (u.comment_id IS NULL OR c.deleted_at IS NULL)
          AND (coalesce(c.author_id, a.actor_id) = p_emp
            -- CASE, not AND: the order is guaranteed, so the rule never calls itself for a topic.
            OR CASE WHEN split_part(a.subject_id, '_', 1) = 'topic' THEN false ELSE tidings_can_see(p_emp, a.subject_id) END)
        ORDER BY u.created_at, u.activity_id
        LIMIT 1
      $$;
    `);
    await q.query(canSeeFunction('EXISTS (SELECT 1 FROM tidings_topic_first_use(p_emp, p_subject))'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(canSeeFunction('EXISTS (SELECT 1 FROM topics t WHERE t.id = p_subject)'));
    await q.query(`
      DROP FUNCTION IF EXISTS tidings_topic_first_use(text, text);
      DROP INDEX IF EXISTS topic_uses_topic_time_idx;
      ALTER TABLE topic_uses DROP COLUMN name;
    `);
  }
}

/** tidings_can_see as in the conversations migration, with the given rule for topics. */
function canSeeFunction(topicRule: string): string {
  return `
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
        RETURN ${topicRule};
      END IF;
      RETURN false;
    END
    $$;
  `;
}
