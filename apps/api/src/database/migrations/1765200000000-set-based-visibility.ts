import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Visibility as data instead of code: `tidings_subject_levels` lists, for every subject, the
 * records whose access it inherits (itself, its account, its deal and the deal's account) with
 * their visibility, owner and owning team. It replaces the id-prefix dispatch of the function with
 * one view, so an audience can be computed as a join once per activity (who may open each private
 * level: owner, owning team, shares; admins always) instead of a function call per follower.
 * `tidings_can_see` keeps its signature for single checks and reads the same view.
 */
export class SetBasedVisibility1765200000000 implements MigrationInterface {
  name = 'SetBasedVisibility1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW tidings_subject_levels AS
        SELECT a.id AS subject_id, a.id AS level_id, a.visibility, a.owner_id, a.owning_team_id FROM accounts a
        UNION ALL SELECT d.id, d.id, d.visibility, d.owner_id, d.owning_team_id FROM deals d
        UNION ALL SELECT d.id, a.id, a.visibility, a.owner_id, a.owning_team_id FROM deals d JOIN accounts a ON a.id = d.account_id
        UNION ALL SELECT c.id, c.id, c.visibility, c.owner_id, c.owning_team_id FROM cases c
        UNION ALL SELECT c.id, a.id, a.visibility, a.owner_id, a.owning_team_id FROM cases c JOIN accounts a ON a.id = c.account_id
        UNION ALL SELECT o.id, o.id, o.visibility, o.owner_id, o.owning_team_id FROM documents o
        UNION ALL SELECT o.id, a.id, a.visibility, a.owner_id, a.owning_team_id FROM documents o JOIN accounts a ON a.id = o.account_id
        UNION ALL SELECT o.id, d.id, d.visibility, d.owner_id, d.owning_team_id FROM documents o JOIN deals d ON d.id = o.deal_id
        UNION ALL SELECT o.id, a.id, a.visibility, a.owner_id, a.owning_team_id
          FROM documents o JOIN deals d ON d.id = o.deal_id JOIN accounts a ON a.id = d.account_id
        UNION ALL SELECT e.id, e.id, 'PUBLIC', NULL, NULL FROM employees e
        UNION ALL SELECT t.id, t.id, 'PUBLIC', NULL, NULL FROM teams t
        UNION ALL SELECT t.id, t.id, 'PUBLIC', NULL, NULL FROM topics t;
    `);
    // The single check: the subject exists (it has a level of its own) and every level is open.
    // Its declared cost tells the planner to call it on as few rows as it can: on a feed page, on
    // the rows the keyset walk reaches, not on every entry before sorting them.
    await q.query(`
      CREATE OR REPLACE FUNCTION tidings_can_see(p_emp text, p_subject text)
      RETURNS boolean LANGUAGE plpgsql STABLE COST 1000 AS $$
      BEGIN
        RETURN coalesce((
          SELECT bool_and(l.visibility = 'PUBLIC'
            OR (l.owner_id = p_emp) IS TRUE
            OR EXISTS (SELECT 1 FROM employees adm WHERE adm.id = p_emp AND adm.role = 'ADMIN')
            OR EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = l.owning_team_id AND m.employee_id = p_emp)
            OR EXISTS (SELECT 1 FROM record_shares s WHERE s.record_id = l.level_id
              AND (s.employee_id = p_emp OR s.team_id IN (SELECT m.team_id FROM team_members m WHERE m.employee_id = p_emp))))
          FROM tidings_subject_levels l WHERE l.subject_id = p_subject), false);
      END
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // The previous definition (dispatch on the id prefix).
    await q.query(`
      CREATE OR REPLACE FUNCTION tidings_can_see(p_emp text, p_subject text)
      RETURNS boolean LANGUAGE plpgsql STABLE COST 100 AS $$
      DECLARE
        v_kind text := split_part(p_subject, '_', 1);
      BEGIN
        IF v_kind = 'acc' THEN
          RETURN EXISTS (SELECT 1 FROM accounts a WHERE a.id = p_subject
            AND tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id));
        ELSIF v_kind = 'deal' THEN
          RETURN EXISTS (SELECT 1 FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.id = p_subject
            AND tidings_record_open(p_emp, d.id, d.visibility, d.owner_id, d.owning_team_id)
            AND tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id));
        ELSIF v_kind = 'case' THEN
          RETURN EXISTS (SELECT 1 FROM cases c JOIN accounts a ON a.id = c.account_id WHERE c.id = p_subject
            AND tidings_record_open(p_emp, c.id, c.visibility, c.owner_id, c.owning_team_id)
            AND tidings_record_open(p_emp, a.id, a.visibility, a.owner_id, a.owning_team_id));
        ELSIF v_kind = 'doc' THEN
          RETURN EXISTS (SELECT 1 FROM documents o
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
    await q.query('DROP VIEW IF EXISTS tidings_subject_levels');
  }
}
