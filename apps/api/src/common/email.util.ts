/**
 * The one spelling of an email address: how it is stored, looked up and counted by the sign-in
 * limiter. Compatibility forms fold (NFKC: a fullwidth "Ａ" is "a"), then JavaScript lower-cases
 * it; PostgreSQL's lower() is never used to compare, because it depends on the database's locale.
 * "İ" (U+0130) lower-cases to "i" plus a combining dot in JavaScript and to "i" in most PostgreSQL
 * locales: it is taken as a plain "I" first, so every spelling of one address is one key.
 */
export function normalizeEmail(raw: string): string {
  return raw.trim().normalize('NFKC').replace(/\u0130/g, 'I').toLowerCase().normalize('NFKC');
}
