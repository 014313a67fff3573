import { useRef, type ReactNode } from 'react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { FeedCard } from 'src/modules/feed/components/FeedCard';
import { NewItemsBar } from 'src/modules/feed/components/NewItemsBar';
import { useFocusFromHash } from 'src/modules/feed/hooks/useFocusFromHash';
import type { LiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { useNow } from 'src/modules/feed/hooks/useNow';
import { useEmployeeNames } from 'src/modules/records/hooks/useEmployees';

interface FeedListProps {
  feed: LiveFeed;
  emptyMessage: ReactNode;
  label: string;
  /** False for a list that pushes never add to (Saved): no "N new" bar. */
  live?: boolean;
}

export function FeedList({ feed, emptyMessage, label, live = true }: FeedListProps) {
  const now = useNow();
  const nameOf = useEmployeeNames();
  const { edges } = feed;
  const listRef = useRef<HTMLOListElement>(null);
  useFocusFromHash(edges.length > 0);

  // The bar's button goes away once clicked: keyboard focus moves to the list, now topped by the new items.
  const showPending = () => {
    feed.showPending();
    listRef.current?.focus({ preventScroll: true });
  };

  if (feed.error && edges.length === 0) return <ErrorNotice error={feed.error} />;

  return (
    <section className="feed" aria-label={label} aria-busy={feed.loading}>
      {live && <NewItemsBar count={feed.pendingCount} onShow={showPending} />}
      {feed.loading && edges.length === 0 ? (
        <p className="muted feed__status">Loading the feed…</p>
      ) : edges.length === 0 ? (
        <div className="feed__empty">{emptyMessage}</div>
      ) : (
        <ol className="feed__list" ref={listRef} tabIndex={-1}>
          {edges.map(({ node }) => (
            <li key={node.id}>
              <FeedCard activity={node} now={now} fresh={feed.freshIds.has(node.id)} nameOf={nameOf} />
            </li>
          ))}
        </ol>
      )}
      {feed.loadMoreError !== null && <ErrorNotice error={feed.loadMoreError} title="Could not load more" />}
      {feed.hasNextPage && (
        <div className="feed__more">
          <button
            type="button"
            className="button"
            data-testid="load-more"
            onClick={() => void feed.loadMore()}
            disabled={feed.loadingMore}
          >
            {feed.loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
    </section>
  );
}
