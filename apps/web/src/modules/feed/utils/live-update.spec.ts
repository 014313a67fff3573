import { gql, InMemoryCache } from '@apollo/client';
import type { Activity } from 'src/modules/feed/graphql/feed.types';
import { applyActivityUpdate, isNotOlder, withLiveFields } from './live-update';

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
    const change = { ...base, kind: 'RECORD_CHANGE', body: null, changes: [{ __typename: 'FieldChange' as const, field: 'stage', from: 'A', to: 'B' }] };
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

describe('isNotOlder', () => {
  it('compares timestamps and lets unknown ones through', () => {
    expect(isNotOlder('2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z')).toBe(true);
    expect(isNotOlder('2025-01-01T10:00:01Z', '2025-01-01T10:00:00Z')).toBe(false);
    expect(isNotOlder(null, '2025-01-01T10:00:00Z')).toBe(true);
    expect(isNotOlder('2025-01-01T10:00:00Z', null)).toBe(true);
  });
});

describe('withLiveFields', () => {
  it('takes the pushed text and removal but keeps what pushes do not carry', () => {
    const pushed = { ...base, body: null, deletedAt: '2025-01-01T11:00:00.000Z', updatedAt: '2025-01-01T11:00:00.000Z', reactions: [] };
    expect(withLiveFields(base, pushed)).toMatchObject({ body: null, deletedAt: pushed.deletedAt, reactions: base.reactions });
  });

  it('keeps a newer node as it is', () => {
    const newer = { ...base, updatedAt: '2025-01-01T12:00:00.000Z' };
    expect(withLiveFields(newer, { ...base, body: 'old', updatedAt: '2025-01-01T11:00:00.000Z' })).toBe(newer);
  });
});
