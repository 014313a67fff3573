/**
 * The visibility rule, in the forms queries compose. One definition: `tidings_subject_levels` (a
 * view, see the set-based-visibility migration) lists the records each subject inherits access
 * from; a level is open to everyone when public, else to its owner, its owning team's members,
 * admins, and whom it is shared with (an employee, or a team's members). A subject is open when it
 * exists and all its levels are.
 */

/**
 * SQL condition "employee may open subject", for a single pair or the few rows a page reaches:
 * both arguments are SQL expressions. tidings_can_see reads the view per pair; it declares a high
 * cost so the planner defers it to as few rows as possible.
 */
export function canSeeSql(employeeExpr: string, subjectExpr: string): string {
  return `tidings_can_see(${employeeExpr}, ${subjectExpr})`;
}

/**
 * CTEs (to follow a `WITH … ,`) that compute, once per subject of CTE `subjectsCte(subject_id)`,
 * who may open it, as sets rather than a check per (employee, subject) row:
 *  - `open_known(subject_id)`: the subjects that exist (admins open all of them);
 *  - `open_public(subject_id)`: those open to every employee (no private level);
 *  - `open_permitted(subject_id, employee_id)`: for the others, who opens every private level
 *    (owner, owning team, shares).
 * See `openAllowedSql` for the condition that uses them.
 */
export function openSetsCtes(subjectsCte: string): string {
  // LATERAL … OFFSET 0 keeps the subject a parameter of the view, so each of its branches is an
  // index lookup; as a plain join the branches with a join inside were hashed whole (35 ms at 50k records).
  return `open_levels AS MATERIALIZED (
    SELECT DISTINCT l.subject_id, l.level_id, l.visibility, l.owner_id, l.owning_team_id
    FROM ${subjectsCte} s CROSS JOIN LATERAL (
      SELECT * FROM tidings_subject_levels v WHERE v.subject_id = s.subject_id OFFSET 0
    ) l
  ), open_known AS (
    SELECT subject_id FROM open_levels WHERE level_id = subject_id AND subject_id NOT LIKE 'topic\\_%'
  ), open_public AS (
    SELECT subject_id FROM open_levels WHERE subject_id NOT LIKE 'topic\\_%' GROUP BY subject_id HAVING bool_and(visibility = 'PUBLIC')
  ), open_private AS (
    SELECT * FROM open_levels WHERE visibility = 'PRIVATE'
  ), open_needed AS (
    SELECT subject_id, count(*) AS n FROM open_private GROUP BY subject_id
  ), open_openers AS (
    SELECT l.subject_id, l.level_id, l.owner_id AS employee_id FROM open_private l
    UNION SELECT l.subject_id, l.level_id, m.employee_id FROM open_private l JOIN team_members m ON m.team_id = l.owning_team_id
    UNION SELECT l.subject_id, l.level_id, sh.employee_id FROM open_private l
      JOIN record_shares sh ON sh.record_id = l.level_id WHERE sh.employee_id IS NOT NULL
    UNION SELECT l.subject_id, l.level_id, m.employee_id FROM open_private l
      JOIN record_shares sh ON sh.record_id = l.level_id JOIN team_members m ON m.team_id = sh.team_id
  ), open_permitted AS (
    SELECT o.subject_id, o.employee_id FROM open_openers o JOIN open_needed n ON n.subject_id = o.subject_id
    GROUP BY o.subject_id, o.employee_id, n.n HAVING count(*) = n.n
  )`;
}

/**
 * Condition keeping rows of `rowAlias` (employee_id, subject_id) whose employee may open the
 * subject, given `openSetsCtes` and the employee's row as `empAlias`. Each term is an uncorrelated
 * IN under an OR, which PostgreSQL runs as a hashed lookup built once: no per-row function call,
 * and no nested loop over the sets whatever the row estimates.
 */
export function openAllowedSql(rowAlias: string, empAlias: string): string {
  // Topics are known only through uses one can open (a rule per employee, not a level): the few
  // activities filed on a topic itself take the single check.
  return `(${rowAlias}.subject_id IN (SELECT subject_id FROM open_public)
    OR (${rowAlias}.subject_id LIKE 'topic\\_%' AND ${canSeeSql(`${rowAlias}.employee_id`, `${rowAlias}.subject_id`)})
    OR (${empAlias}.role = 'ADMIN' AND ${rowAlias}.subject_id IN (SELECT subject_id FROM open_known))
    OR (${rowAlias}.subject_id, ${rowAlias}.employee_id) IN (SELECT subject_id, employee_id FROM open_permitted))`;
}

/**
 * Two CTEs (to follow a `WITH … ,`): `visible(subject_id)`, the distinct subjects of CTE `fromCte`
 * the employee may open. The check runs once per subject, not once per row: the subjects are
 * MATERIALIZED, because otherwise the planner pushes the check under the DISTINCT, back onto every
 * row (25,000 search hits on one deal: 25,000 calls instead of one).
 */
export function visibleSubjectsCte(employeeExpr: string, fromCte: string): string {
  return `subjects_of_${fromCte} AS MATERIALIZED (
    SELECT DISTINCT subject_id FROM ${fromCte}
  ), visible AS (
    SELECT s.subject_id FROM subjects_of_${fromCte} s WHERE ${canSeeSql(employeeExpr, 's.subject_id')}
  )`;
}
