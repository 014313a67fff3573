import type { FeedEdge } from 'src/modules/feed/graphql/feed.types';

/** Newest first, the order the server pages in (created_at desc, id desc). */
export function compareEdges(a: FeedEdge, b: FeedEdge): number {
  const byTime = Date.parse(b.node.createdAt) - Date.parse(a.node.createdAt);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  return b.node.id < a.node.id ? -1 : b.node.id > a.node.id ? 1 : 0;
}

/** Merges edges into a list, skipping activities already in it, keeping newest first. */
export function mergeEdges(current: readonly FeedEdge[], added: readonly FeedEdge[]): FeedEdge[] {
  const seen = new Set(current.map((edge) => edge.node.id));
  const fresh = added.filter((edge) => {
    if (seen.has(edge.node.id)) return false;
    seen.add(edge.node.id);
    return true;
  });
  if (fresh.length === 0) return [...current];
  return [...fresh, ...current].sort(compareEdges);
}
