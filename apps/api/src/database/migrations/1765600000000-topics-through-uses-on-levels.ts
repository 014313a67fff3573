import { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS_RULE = `coalesce((
          SELECT bool_and(l.visibility = 'PUBLIC'
            OR (l.owner_id = p_emp) IS TRUE
            OR EXISTS (SELECT 1 FROM employees adm WHERE adm.id = p_emp AND adm.role = 'ADMIN')
            OR EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = l.owning_team_id AND m.employee_id = p_emp)
            OR EXISTS (SELECT 1 FROM record_shares s WHERE s.record_id = l.level_id
              AND (s.employee_id = p_emp OR s.team_id IN (SELECT m.team_id FROM team_members m WHERE m.employee_id = p_emp))))
          FROM tidings_subject_levels l WHERE l.subject_id = p_subject), false)`;

/**
 * One visibility rule with both of its parts: records, people and teams by their levels
 * (`tidings_subject_levels`), and topics only through a use the employee can open or made
 * (`tidings_topic_first_use`), so a topic named only on private records cannot be guessed. The
 * set-based rule of the fan-out (can-see.sql.ts) sends topic subjects through this function too.
 */
export class TopicsThroughUsesOnLevels1765600000000 implements MigrationInterface {
  name = 'TopicsThroughUsesOnLevels1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION tidings_can_see(p_emp text, p_subject text)
      RETURNS boolean LANGUAGE plpgsql STABLE COST 1000 AS $$
      BEGIN
        IF split_part(p_subject, '_', 1) = 'topic' THEN
          RETURN EXISTS (SELECT 1 FROM tidings_topic_first_use(p_emp, p_subject));
        END IF;
        RETURN ${LEVELS_RULE};
      END
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION tidings_can_see(p_emp text, p_subject text)
      RETURNS boolean LANGUAGE plpgsql STABLE COST 1000 AS $$
      BEGIN
        RETURN ${LEVELS_RULE};
      END
      $$;
    `);
  }
}
