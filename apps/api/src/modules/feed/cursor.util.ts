import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/ids';
import { isStorableInstant } from '../../common/timestamps';

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
  if (extra !== undefined || !id || !isUuid(id) || !isStorableInstant(createdAt)) {
    throw AppError.badInput(field, `is not a cursor this server handed out; pass one from a previous page (pageInfo.${field === 'before' ? 'startCursor' : 'endCursor'})`);
  }
  return { createdAt, id };
}
