import type { FeedEdge } from 'src/modules/feed/graphql/feed.types';
import { mergeEdges, placeOnTop } from './feed-edges';

const edge = (id: string, createdAt: string, cursor = `c-${id}`): FeedEdge => ({
  __typename: 'FeedEdge',
  cursor,
  node: {
    __typename: 'Activity',
    id,
    kind: 'POST',
    createdAt,
    subjectId: 'deal_1',
    subject: null,
    actor: null,
    body: id,
    changes: null,
    commentCount: 0,
    comments: [],
    editedAt: null,
    deletedAt: null,
    updatedAt: null,
    reactions: [],
    isBookmarkedByMe: false,
    isMutedByMe: false,
  },
});
const ids = (edges: FeedEdge[]) => edges.map((e) => e.node.id);

describe('placeOnTop', () => {
  it('keeps the server order and moves a known item up with its new edge (TO_ME: a new reply)', () => {
    const shown = [edge('p3', '2025-01-03T00:00:00Z'), edge('p2', '2025-01-02T00:00:00Z'), edge('p1', '2025-01-01T00:00:00Z')];
    const caught = [edge('p1', '2025-01-01T00:00:00Z', 'c-p1-reply'), edge('p4', '2025-01-04T00:00:00Z')];
    const merged = placeOnTop(shown, caught);
    expect(ids(merged)).toEqual(['p1', 'p4', 'p3', 'p2']);
    expect(merged[0].cursor).toBe('c-p1-reply');
  });

  it('adds each activity once', () => {
    expect(ids(placeOnTop([edge('a', '2025-01-01T00:00:00Z')], [edge('b', '2025-01-02T00:00:00Z'), edge('b', '2025-01-02T00:00:00Z')]))).toEqual(['b', 'a']);
  });
});

describe('mergeEdges', () => {
  it('puts pushes that arrived out of order where the server would, on lists ordered by time', () => {
    const shown = [edge('b', '2025-01-02T00:00:00Z')];
    expect(ids(mergeEdges(shown, [edge('a', '2025-01-01T00:00:00Z'), edge('c', '2025-01-03T00:00:00Z')], true))).toEqual(['c', 'b', 'a']);
  });

  it('does not re-sort a list in the server’s own order', () => {
    const shown = [edge('new', '2025-01-05T00:00:00Z')];
    expect(ids(mergeEdges(shown, [edge('old', '2025-01-01T00:00:00Z')], false))).toEqual(['old', 'new']);
  });
});
