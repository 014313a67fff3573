import { act, screen, waitFor, within } from '@testing-library/react';
import { FeedList } from 'src/modules/feed/components/FeedList';
import { FEED_QUERY } from 'src/modules/feed/graphql/feed.documents';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import type { FeedItemEvent } from 'src/modules/realtime/utils/feed-item-event';
import { applyActivityUpdate } from 'src/modules/feed/utils/live-update';
import { ANA_REF, activityFixture, type ActivityFixture } from 'src/test/fixtures';
import { mockOperation, renderWithProviders } from 'src/test/render-with-providers';

function LiveFollowingFeed() {
  const feed = useLiveFeed({ filter: 'FOLLOWING' });
  return <FeedList feed={feed} label="Following feed" emptyMessage="Nothing here yet." />;
}

const SHOWN = activityFixture({ id: 'act_shown', body: 'Kickoff is on Monday' });

function setup() {
  const page = mockOperation(FEED_QUERY, {
    feed: {
      __typename: 'FeedConnection',
      edges: [{ __typename: 'FeedEdge', cursor: 'c_shown', node: SHOWN }],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c_shown' },
    },
  });
  return renderWithProviders(<LiveFollowingFeed />, { mocks: [page] });
}

const push = (item: ActivityFixture): FeedItemEvent => ({ cursor: `c_${item.id}`, item, reactionCounts: null });
const shownBodies = () =>
  within(screen.getByRole('region', { name: 'Following feed' }))
    .getAllByTestId('feed-item')
    .map((card) => card.querySelector('.feed-card__body')?.textContent ?? '');

describe('a calm live feed', () => {
  it("holds colleagues' new items behind the bar, wherever the reader is, until asked", async () => {
    const { realtime, user } = setup();
    await screen.findByText('Kickoff is on Monday');

    act(() => {
      realtime.feedItems.next(push(activityFixture({ id: 'act_a', body: 'Quote sent', createdAt: '2026-12-01T09:58:00Z' })));
      realtime.feedItems.next(push(activityFixture({ id: 'act_b', body: 'Legal is happy', createdAt: '2026-12-01T09:59:00Z' })));
    });

    // The reader is at the top (jsdom never scrolls) and still nothing moved.
    await screen.findByRole('button', { name: '2 new updates' });
    expect(shownBodies()).toEqual(['Kickoff is on Monday']);
    await user.click(screen.getByRole('button', { name: '2 new updates' }));

    await waitFor(() => expect(shownBodies()).toEqual(['Legal is happy', 'Quote sent', 'Kickoff is on Monday']));
    expect(screen.getByTestId('new-items-bar').textContent).toContain('Up to date');
    // The button is gone; the keyboard is at the list, whose first items are the new ones.
    expect(document.activeElement?.className).toBe('feed__list');
  });

  it("puts the reader's own new item on top at once", async () => {
    const { realtime } = setup();
    await screen.findByText('Kickoff is on Monday');

    act(() => realtime.feedItems.next(push(activityFixture({ id: 'act_mine', actor: ANA_REF, body: 'On my way', createdAt: '2026-12-01T09:59:00Z' }))));

    await waitFor(() => expect(shownBodies()).toEqual(['On my way', 'Kickoff is on Monday']));
    expect(screen.queryByTestId('new-items-pill')).toBeNull();
  });

  it('keeps a waiting item in the cache, so an edit made while it waits is what shows', async () => {
    const { realtime, user, cache } = setup();
    await screen.findByText('Kickoff is on Monday');
    const waiting = activityFixture({ id: 'act_w', body: 'Draft numbers', createdAt: '2026-12-01T09:58:00Z', updatedAt: '2026-12-01T09:58:00Z' });
    act(() => realtime.feedItems.next(push(waiting)));

    // What RealtimeProvider does with `feed:item:updated`.
    const edited = { ...waiting, body: 'Final numbers', editedAt: '2026-12-01T09:59:00Z', updatedAt: '2026-12-01T09:59:00Z' };
    expect(applyActivityUpdate(cache, edited)).toBe('applied');
    await user.click(await screen.findByRole('button', { name: '1 new update' }));

    await waitFor(() => expect(shownBodies()).toEqual(['Final numbers', 'Kickoff is on Monday']));
  });
});
