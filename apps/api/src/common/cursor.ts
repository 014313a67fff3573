import { AppError } from './errors/app-error';

/** The paging arguments a cursor comes in through; a bad one is refused naming it. */
export type CursorArgument = 'after' | 'before';

/** What a position is made of: plain JSON values, in the order of the keyset. */
export type CursorParts = ReadonlyArray<string | number>;

/**
 * The one keyset cursor codec: an opaque base64url of the position's parts as a JSON array. Each
 * paged field defines its position and how to read it back (`decodeCursor`'s `read`).
 */
export function encodeCursor(parts: CursorParts): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/**
 * The position `cursor` stands for, checked by `read` (which answers null for parts it would not
 * have handed out); anything else is BAD_USER_INPUT naming `field`, never a query with forged values.
 */
export function decodeCursor<T>(cursor: string, field: CursorArgument, read: (parts: readonly unknown[]) => T | null): T {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = null;
  }
  const position = Array.isArray(parts) ? read(parts) : null;
  if (position === null) {
    const handedOut = field === 'before' ? 'pageInfo.startCursor' : 'pageInfo.endCursor';
    throw AppError.badInput(field, `is not a cursor this server handed out; pass ${handedOut} from a previous page`);
  }
  return position;
}
