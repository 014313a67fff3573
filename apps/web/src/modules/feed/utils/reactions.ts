import type { Reaction, ReactionCount, ReactionSummary } from 'src/modules/feed/graphql/feed.types';

export interface ReactionOption {
  reaction: Reaction;
  emoji: string;
  label: string;
}

/** The picker's order; the server answers summaries in the order reactions first appeared. */
export const REACTIONS: readonly ReactionOption[] = [
  { reaction: 'LIKE', emoji: '👍', label: 'Like' },
  { reaction: 'LOVE', emoji: '❤️', label: 'Love' },
  { reaction: 'CELEBRATE', emoji: '🎉', label: 'Celebrate' },
  { reaction: 'INSIGHTFUL', emoji: '💡', label: 'Insightful' },
  { reaction: 'LAUGH', emoji: '😄', label: 'Laugh' },
  { reaction: 'SURPRISED', emoji: '😮', label: 'Surprised' },
  { reaction: 'EYES', emoji: '👀', label: 'Eyes' },
];

export function reactionOption(reaction: Reaction): ReactionOption | undefined {
  return REACTIONS.find((option) => option.reaction === reaction);
}

/**
 * The summaries after I toggle one reaction: what the server will answer, used as the
 * optimistic result so a click shows at once. A reaction nobody has left disappears.
 */
export function toggleReaction(summaries: readonly ReactionSummary[], reaction: Reaction): ReactionSummary[] {
  const existing = summaries.find((summary) => summary.reaction === reaction);
  if (!existing) {
    const emoji = reactionOption(reaction)?.emoji ?? '';
    return [...summaries, { __typename: 'ReactionSummary', reaction, emoji, count: 1, reactedByMe: true }];
  }
  const mine = !existing.reactedByMe;
  const count = existing.count + (mine ? 1 : -1);
  if (count <= 0) return summaries.filter((summary) => summary !== existing);
  return summaries.map((summary) => (summary === existing ? { ...summary, count, reactedByMe: mine } : summary));
}

/** "🎉 Celebrate: 3 people, including you", for the chip's accessible name. */
export function reactionLabel(summary: ReactionSummary): string {
  const name = reactionOption(summary.reaction)?.label ?? summary.reaction.toLowerCase();
  const people = summary.count === 1 ? '1 person' : `${summary.count} people`;
  return `${name}: ${people}${summary.reactedByMe ? ', including you' : ''}`;
}

/**
 * The summaries after a push: the server's counts, in its order, with "reacted by me" kept from what
 * this reader already knew (a push goes to everyone alike and cannot say). A reaction the push no
 * longer lists has no one left on it.
 */
export function withPushedCounts(current: readonly ReactionSummary[], counts: readonly ReactionCount[]): ReactionSummary[] {
  return counts.map((count) => ({
    __typename: 'ReactionSummary',
    reaction: count.reaction,
    emoji: count.emoji,
    count: count.count,
    reactedByMe: current.some((summary) => summary.reaction === count.reaction && summary.reactedByMe),
  }));
}
