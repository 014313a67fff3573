import { decodeCursor, encodeCursor, type CursorArgument } from '../../common/cursor';
import { isUuid } from '../../common/ids';
import { isStorableInstant } from '../../common/timestamps';

export interface FeedPosition {
  createdAt: Date;
  id: string;
}

/** A feed page's keyset position: the entry's time and activity id (common/cursor.ts). */
export function encodeFeedCursor(position: FeedPosition): string {
  return encodeCursor([position.createdAt.toISOString(), position.id]);
}

export function decodeFeedCursor(cursor: string, field: CursorArgument = 'after'): FeedPosition {
  return decodeCursor(cursor, field, (parts) => {
    const [iso, id] = parts;
    if (parts.length !== 2 || typeof iso !== 'string' || typeof id !== 'string' || !isUuid(id)) return null;
    const createdAt = new Date(iso);
    return isStorableInstant(createdAt) ? { createdAt, id } : null;
  });
}
