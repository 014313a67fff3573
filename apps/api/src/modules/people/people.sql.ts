// SQL fragments people offers other modules' set-based statements.

/**
 * The role of the employee `idSql` if active, by primary key: a LATERAL row source, so the cost
 * follows the rows it is joined to, not the organisation (OFFSET 0 keeps the planner from hashing
 * every employee for a thousand followers).
 */
export function activeEmployeeRoleSql(idSql: string): string {
  return `SELECT emp.role FROM employees emp WHERE emp.id = ${idSql} AND emp.active OFFSET 0`;
}

/** Whether `idSql` is an active employee. */
export function isActiveEmployeeSql(idSql: string): string {
  return `EXISTS (SELECT 1 FROM employees emp WHERE emp.id = ${idSql} AND emp.active)`;
}

/** Whether team `teamSql` has an active member `tm.employee_id` for whom `condition` holds. */
export function someActiveMemberSql(teamSql: string, condition: (memberSql: string) => string): string {
  return `EXISTS (SELECT 1 FROM team_members tm JOIN employees e ON e.id = tm.employee_id AND e.active
                  WHERE tm.team_id = ${teamSql} AND ${condition('tm.employee_id')})`;
}
