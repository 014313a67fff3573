/**
 * SQL condition "employee may open subject", for composing into set-based queries. Both arguments
 * are SQL expressions. The rule itself is the function tidings_can_see (initial migration).
 */
export function canSeeSql(employeeExpr: string, subjectExpr: string): string {
  return `tidings_can_see(${employeeExpr}, ${subjectExpr})`;
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
