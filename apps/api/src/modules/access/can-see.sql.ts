/**
 * SQL condition "employee may open subject", for composing into set-based queries. Both arguments
 * are SQL expressions. The rule itself is the function tidings_can_see (initial migration).
 */
export function canSeeSql(employeeExpr: string, subjectExpr: string): string {
  return `tidings_can_see(${employeeExpr}, ${subjectExpr})`;
}
