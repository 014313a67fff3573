/**
 * Who a token belongs to (its `sub`), without verifying it: the server does that. A refreshed
 * token keeps the same key, so the page and its socket survive a refresh; another person's does not.
 */
export function sessionKeyOf(token: string): string {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: unknown };
    return typeof payload.sub === 'string' ? payload.sub : token;
  } catch {
    return token;
  }
}
