import { gql } from '@apollo/client';
import type { ApolloCache, TypedDocumentNode } from '@apollo/client';
import type { Activity } from 'src/modules/feed/graphql/feed.types';

export type LiveUpdateOutcome = 'applied' | 'absent' | 'stale';

const CACHED_VERSION: TypedDocumentNode<Pick<Activity, 'id' | 'updatedAt'>> = gql`
  fragment CachedActivityVersion on Activity {
    id
    updatedAt
  }
`;

/** True when `incoming` is not older than what is cached (pushes may arrive out of order). */
export function isNotOlder(cached: string | null | undefined, incoming: string | null): boolean {
  if (!cached || !incoming) return true;
  const [a, b] = [Date.parse(cached), Date.parse(incoming)];
  return Number.isNaN(a) || Number.isNaN(b) || b >= a;
}

/** What a push carries of an activity that can change after it was written. */
const LIVE_FIELDS = ['body', 'changes', 'editedAt', 'deletedAt', 'updatedAt', 'commentCount'] as const;

/** `node` with the changing fields of a pushed version, unless that version is older. */
export function withLiveFields(node: Activity, item: Activity): Activity {
  if (!isNotOlder(node.updatedAt, item.updatedAt)) return node;
  const next = { ...node };
  for (const field of LIVE_FIELDS) Object.assign(next, { [field]: item[field] });
  return next;
}

/**
 * Writes a `feed:item:updated` push over the cached activity, so every card showing it changes in
 * place: the text of an edit, a removal's tombstone, folded changes, the comment count. Only the
 * fields the push carries are replaced; reactions, comments and per-viewer flags stay. An activity
 * the cache does not hold is left alone (no list shows it), and so is an older version.
 */
export function applyActivityUpdate(cache: ApolloCache, item: Activity): LiveUpdateOutcome {
  const id = cache.identify({ __typename: 'Activity', id: item.id });
  if (!id) return 'absent';
  const cached = cache.readFragment({ fragment: CACHED_VERSION, id, returnPartialData: true });
  if (!cached?.id) return 'absent';
  if (!isNotOlder(cached.updatedAt, item.updatedAt)) return 'stale';
  const fields = Object.fromEntries(LIVE_FIELDS.map((field) => [field, () => item[field]]));
  cache.modify<Activity>({ id, fields });
  return 'applied';
}
