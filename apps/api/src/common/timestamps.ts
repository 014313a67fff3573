/**
 * Whether PostgreSQL can store this instant as a timestamptz the way we send it: years 1 to 9999.
 * JavaScript takes year 0000 and ±275,760 years; PostgreSQL refuses year 0000 outright, so such a
 * date in a forged cursor would otherwise become an internal error instead of a refused input.
 */
export function isStorableInstant(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999;
}
