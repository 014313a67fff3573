import type { SocialMention } from 'src/modules/social/graphql/social.types';

export type InboxSort = 'NEWEST' | 'PRIORITY' | 'DUE';

const RANK: Record<string, number> = { URGENT: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

type WithDue = SocialMention & { dueAt?: string | null };

/** The inbox's orders: newest, priority (then newest), or due time (soonest; none last, then priority). */
export function sortMentions<T extends WithDue>(mentions: readonly T[], sort: InboxSort): T[] {
  const newest = (a: T, b: T) => b.postedAt.localeCompare(a.postedAt);
  const byPriority = (a: T, b: T) => (RANK[a.priority] ?? 9) - (RANK[b.priority] ?? 9) || newest(a, b);
  const due = (m: T) => (m.dueAt ? Date.parse(m.dueAt) : Number.POSITIVE_INFINITY);
  const compare = sort === 'NEWEST' ? newest : sort === 'PRIORITY' ? byPriority : (a: T, b: T) => due(a) - due(b) || byPriority(a, b);
  return [...mentions].sort(compare);
}
