import type { FeedEdge } from 'src/modules/feed/graphql/feed.types';

/** Newest first by activity time, the order of every feed but TO_ME (created_at desc, id desc). */
export function compareEdges(a: FeedEdge, b: FeedEdge): number {
  const byTime = Date.parse(b.node.createdAt) - Date.parse(a.node.createdAt);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  return b.node.id < a.node.id ? -1 : b.node.id > a.node.id ? 1 : 0;
}

/**
 * Puts `added` (newest first, in the server's order) above `current`. An activity already in the
 * list moves up with its new edge: in TO_ME a new reply brings an old post back to the top.
 */
export function placeOnTop(current: readonly FeedEdge[], added: readonly FeedEdge[]): FeedEdge[] {
  const seen = new Set<string>();
  const top = added.filter((edge) => {
    if (seen.has(edge.node.id)) return false;
    seen.add(edge.node.id);
    return true;
  });
  if (top.length === 0) return [...current];
  return [...top, ...current.filter((edge) => !seen.has(edge.node.id))];
}

/**
 * Merges edges into a list, newest first. Lists ordered by activity time re-sort, so pushes that
 * arrived out of order sit where the server would put them; TO_ME keeps the server's order, which
 * only the server knows (the time of the latest mention or reply).
 */
export function mergeEdges(current: readonly FeedEdge[], added: readonly FeedEdge[], byTime: boolean): FeedEdge[] {
  const merged = placeOnTop(current, added);
  return byTime ? merged.sort(compareEdges) : merged;
}
