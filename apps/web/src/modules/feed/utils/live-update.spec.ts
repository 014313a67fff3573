import { gql, InMemoryCache } from '@apollo/client';
import type { Activity } from 'src/modules/feed/graphql/feed.types';
import { applyActivityUpdate, isNotOlder } from './live-update';

const CARD = gql`
  fragment Card on Activity {
    id
    body
    changes {
      field
      from
      to
    }
    editedAt
    deletedAt
    updatedAt
    commentCount
    isBookmarkedByMe
    reactions {
      reaction
      emoji
      count
      reactedByMe
    }
  }
`;

const base = {
  __typename: 'Activity' as const,
  id: 'a1',
  kind: 'POST',
  createdAt: '2025-01-01T10:00:00.000Z',
  subjectId: 'deal_1',
  subject: null,
  actor: null,
  body: 'First words #renewal',
  changes: null,
  commentCount: 0,
  comments: [],
  editedAt: null,
  deletedAt: null,
  updatedAt: null,
  reactions: [{ __typename: 'ReactionSummary' as const, reaction: 'CELEBRATE' as const, emoji: '🎉', count: 1, reactedByMe: true }],
  isBookmarkedByMe: true,
  isMutedByMe: false,
} satisfies Activity;

function cacheWith(activity: Activity): InMemoryCache {
  const cache = new InMemoryCache();
  cache.writeFragment({ fragment: CARD, data: activity });
  return cache;
}

const read = (cache: InMemoryCache) => cache.readFragment<Activity>({ fragment: CARD, id: 'Activity:a1' });

describe('applyActivityUpdate', () => {
  it('replaces what the push carries and keeps reactions and bookmarks', () => {
    const cache = cacheWith(base);
    const edit = { ...base, body: 'Better words', editedAt: '2025-01-01T10:05:00.000Z', updatedAt: '2025-01-01T10:05:00.000Z', reactions: [], isBookmarkedByMe: false };
    expect(applyActivityUpdate(cache, edit)).toBe('applied');
    expect(read(cache)).toMatchObject({ body: 'Better words', editedAt: edit.editedAt, isBookmarkedByMe: true, reactions: base.reactions });
  });

  it('turns a removed post into a tombstone', () => {
    const cache = cacheWith(base);
    const removal = { ...base, body: null, deletedAt: '2025-01-01T11:00:00.000Z', updatedAt: '2025-01-01T11:00:00.000Z' };
    expect(applyActivityUpdate(cache, removal)).toBe('applied');
    expect(read(cache)).toMatchObject({ body: null, deletedAt: removal.deletedAt });
  });

  it('grows a folded list of changes and the comment count', () => {
    const change = { ...base, kind: 'RECORD_CHANGE' as const, body: null, changes: [{ __typename: 'FieldChange' as const, field: 'stage', from: 'A', to: 'B' }] };
    const cache = cacheWith(change);
    const folded = {
      ...change,
      commentCount: 2,
      updatedAt: '2025-01-01T10:01:00.000Z',
      changes: [...change.changes, { __typename: 'FieldChange' as const, field: 'amount', from: '1', to: '2' }],
    };
    applyActivityUpdate(cache, folded);
    expect(read(cache)?.changes?.map((c) => c.field)).toEqual(['stage', 'amount']);
    expect(read(cache)?.commentCount).toBe(2);
  });

  it('ignores a push older than the cached version', () => {
    const cache = cacheWith({ ...base, body: 'Newest', updatedAt: '2025-01-01T12:00:00.000Z' });
    expect(applyActivityUpdate(cache, { ...base, body: 'Older', updatedAt: '2025-01-01T11:00:00.000Z' })).toBe('stale');
    expect(read(cache)?.body).toBe('Newest');
  });

  it('leaves activities the cache does not hold alone', () => {
    const cache = new InMemoryCache();
    expect(applyActivityUpdate(cache, base)).toBe('absent');
    expect(cache.extract()).toEqual({});
  });
});

describe('applyActivityUpdate with reaction counts', () => {
  const WITH_COMMENTS = gql`
    fragment CardWithComments on Activity {
      id
      updatedAt
      reactions {
        reaction
        emoji
        count
        reactedByMe
      }
      comments {
        id
        reactions {
          reaction
          emoji
          count
          reactedByMe
        }
      }
    }
  `;
  const summary = (reaction: 'LIKE' | 'CELEBRATE' | 'EYES', emoji: string, count: number, reactedByMe: boolean) => ({
    __typename: 'ReactionSummary' as const,
    reaction,
    emoji,
    count,
    reactedByMe,
  });

  it("takes others' counts and keeps whether I reacted, on the activity and on its comments", () => {
    const cache = new InMemoryCache();
    cache.writeFragment({
      fragment: WITH_COMMENTS,
      data: {
        __typename: 'Activity',
        id: 'a1',
        updatedAt: null,
        reactions: [summary('CELEBRATE', '🎉', 1, true)],
        comments: [
          { __typename: 'Comment', id: 'c1', reactions: [summary('LIKE', '👍', 1, true)] },
          { __typename: 'Comment', id: 'c2', reactions: [summary('EYES', '👀', 1, false)] },
        ],
      },
    });
    const pushed = { ...base, updatedAt: '2025-01-01T10:05:00.000Z' };
    const counts = {
      activity: [
        { reaction: 'CELEBRATE' as const, emoji: '🎉', count: 2 },
        { reaction: 'LIKE' as const, emoji: '👍', count: 1 },
      ],
      comments: new Map([['c1', [{ reaction: 'LIKE' as const, emoji: '👍', count: 3 }]]]),
    };
    expect(applyActivityUpdate(cache, pushed, counts)).toBe('applied');
    const after = cache.readFragment<{ reactions: unknown[]; comments: Array<{ id: string; reactions: unknown[] }> }>({ fragment: WITH_COMMENTS, id: 'Activity:a1' });
    expect(after?.reactions).toEqual([summary('CELEBRATE', '🎉', 2, true), summary('LIKE', '👍', 1, false)]);
    // c2's only reaction was taken back: the push no longer lists it.
    expect(after?.comments).toEqual([
      { __typename: 'Comment', id: 'c1', reactions: [summary('LIKE', '👍', 3, true)] },
      { __typename: 'Comment', id: 'c2', reactions: [] },
    ]);
  });
});

describe('isNotOlder', () => {
  it('compares timestamps and lets unknown ones through', () => {
    expect(isNotOlder('2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z')).toBe(true);
    expect(isNotOlder('2025-01-01T10:00:01Z', '2025-01-01T10:00:00Z')).toBe(false);
    expect(isNotOlder(null, '2025-01-01T10:00:00Z')).toBe(true);
    expect(isNotOlder('2025-01-01T10:00:00Z', null)).toBe(true);
  });
});
