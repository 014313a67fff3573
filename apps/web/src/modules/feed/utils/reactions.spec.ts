import type { ReactionSummary } from 'src/modules/feed/graphql/feed.types';
import { reactionLabel, toggleReaction } from './reactions';

const like = (count: number, reactedByMe: boolean): ReactionSummary => ({
  __typename: 'ReactionSummary',
  reaction: 'LIKE',
  emoji: '👍',
  count,
  reactedByMe,
});

describe('toggleReaction', () => {
  it('adds a reaction nobody has left yet, at the end, as mine', () => {
    expect(toggleReaction([like(2, false)], 'CELEBRATE')).toEqual([
      like(2, false),
      { __typename: 'ReactionSummary', reaction: 'CELEBRATE', emoji: '🎉', count: 1, reactedByMe: true },
    ]);
  });

  it('joins and leaves a reaction others have left too', () => {
    expect(toggleReaction([like(2, false)], 'LIKE')).toEqual([like(3, true)]);
    expect(toggleReaction([like(3, true)], 'LIKE')).toEqual([like(2, false)]);
  });

  it('drops a reaction when I was the only one', () => {
    expect(toggleReaction([like(1, true)], 'LIKE')).toEqual([]);
  });
});

describe('reactionLabel', () => {
  it('names the reaction, how many people, and whether I am one', () => {
    expect(reactionLabel(like(1, false))).toBe('Like: 1 person');
    expect(reactionLabel(like(3, true))).toBe('Like: 3 people, including you');
  });
});
