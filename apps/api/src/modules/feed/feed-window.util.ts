import { AppError } from '../../common/errors/app-error';
import { decodeFeedCursor, FeedPosition } from './cursor.util';
import type { PageDirection } from './feed.sql';
import { assertPageSize } from '../../common/page-size';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export interface PagingArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Which slice of a feed a request asks for: how many items, from which cursor, which way. */
export interface FeedWindow {
  direction: PageDirection;
  size: number;
  cursor: FeedPosition | null;
}

/**
 * Relay paging, one way per request: first/after reads older items, last/before the items just
 * newer than `before` (catch-up after a reconnect). Mixing the two is refused naming the argument
 * that does not fit, rather than guessing which the client meant. Neither: the newest page.
 */
export function feedWindow(args: PagingArgs): FeedWindow {
  const { first, last } = args;
  // An empty cursor means none, as it always has for `after`.
  const after = args.after || null;
  const before = args.before || null;
  const backward = last != null || before != null;
  if (first != null && last != null) throw AppError.badInput('last', 'cannot be combined with first: page forward with first/after, or backward with last/before');
  if (after != null && before != null) throw AppError.badInput('before', 'cannot be combined with after: page forward with first/after, or backward with last/before');
  if (backward && first != null) throw AppError.badInput('first', 'goes with after; with before, pass last');
  if (backward && after != null) throw AppError.badInput('after', 'goes with first; with last, pass before');
  if (backward) {
    return { direction: 'NEWER', size: pageSize('last', last ?? DEFAULT_PAGE), cursor: before === null ? null : decodeFeedCursor(before, 'before') };
  }
  return { direction: 'OLDER', size: pageSize('first', first ?? DEFAULT_PAGE), cursor: after === null ? null : decodeFeedCursor(after, 'after') };
}

function pageSize(field: 'first' | 'last', value: number): number {
  return assertPageSize(value, MAX_PAGE, field);
}
