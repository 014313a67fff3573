import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';

export interface FeedPosition {
  createdAt: Date;
  id: string;
}

/** Opaque keyset cursor: base64url of the entry's time and activity id. */
export function encodeCursor(position: FeedPosition): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): FeedPosition {
  const [iso, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  // Years PostgreSQL cannot store would fail in the query instead of here.
  const year = createdAt.getUTCFullYear();
  if (extra !== undefined || !id || !isUuid(id) || Number.isNaN(createdAt.getTime()) || year < 1 || year > 9999) {
    throw AppError.badInput(field, `is not a cursor this server handed out; pass one from a previous page (pageInfo.${field === 'before' ? 'startCursor' : 'endCursor'})`);
  }
  return { createdAt, id };
}
