import { decodeCursor, encodeCursor } from '../../common/cursor';
import { AppError } from '../../common/errors/app-error';
import { isUuid, subjectKindOf } from '../../common/ids';
import { cleanText } from '../../common/text.util';
import { isStorableInstant } from '../../common/timestamps';
import { assertPageSize } from '../../common/page-size';

export const MAX_QUERY_LENGTH = 200;
export const MAX_SEARCH_PAGE = 50;

/** Where a page of hits ended, in the order rank DESC, created_at DESC, id DESC. */
export interface SearchPosition {
  rank: number;
  /** created_at as UTC ISO with microseconds: a JavaScript Date would lose them. */
  createdAt: string;
  /** A hit's id: an activity's or comment's UUID, or a record's subject id. */
  id: string;
}

export interface SearchInput {
  /** The query as typed (cleaned), for websearch_to_tsquery. */
  text: string;
  /** Search-as-you-type: the words before the last one and the last one, matched as a prefix. */
  prefix: { rest: string; word: string } | null;
  first: number;
  after: SearchPosition | null;
}

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
const ISO_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Validates the arguments of `search`, naming the field at fault. */
export function parseSearchInput(query: string, first: number, after: string | null | undefined): SearchInput {
  const text = cleanText(query ?? '');
  if (!text) throw AppError.badInput('query', 'must not be blank');
  if (text.length > MAX_QUERY_LENGTH) throw AppError.badInput('query', `must be at most ${MAX_QUERY_LENGTH} characters`);
  assertPageSize(first, MAX_SEARCH_PAGE);
  return { text, prefix: prefixOf(text), first, after: after ? decodeSearchCursor(after) : null };
}

/**
 * The last word also matches as a prefix ("renew" finds "renewal") when the query is a plain list
 * of words. The word then holds letters and digits only, so `to_tsquery(word || ':*')` cannot be a
 * syntax error. Queries using websearch syntax (quotes, -word, OR) are taken exactly as written.
 */
export function prefixOf(text: string): { rest: string; word: string } | null {
  if (text.includes('"')) return null;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.some((w) => w.startsWith('-') || w.toLowerCase() === 'or')) return null;
  const word = words.at(-1);
  if (!word || !PLAIN_WORD.test(word)) return null;
  return { rest: words.slice(0, -1).join(' '), word };
}

/** A search page's keyset position: [rank, createdAt, id] (common/cursor.ts). */
export function encodeSearchCursor(position: SearchPosition): string {
  return encodeCursor([position.rank, position.createdAt, position.id]);
}

export function decodeSearchCursor(cursor: string): SearchPosition {
  return decodeCursor(cursor, 'after', (parts) => {
    const [rank, createdAt, id] = parts;
    if (parts.length !== 3 || typeof rank !== 'number' || !Number.isFinite(rank) || rank < 0) return null;
    if (typeof createdAt !== 'string' || !ISO_MICROS.test(createdAt) || !isStorableInstant(new Date(createdAt))) return null;
    if (typeof id !== 'string' || !(isUuid(id) || subjectKindOf(id))) return null;
    return { rank, createdAt, id };
  });
}
