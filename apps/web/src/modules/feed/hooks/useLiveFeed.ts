import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { ME_QUERY } from 'src/modules/auth/graphql/auth.documents';
import { ACTIVITY_FIELDS, FEED_QUERY } from 'src/modules/feed/graphql/feed.documents';
import type { Activity, FeedEdge, FeedFilter } from 'src/modules/feed/graphql/feed.types';
import { fetchNewerThan } from 'src/modules/feed/utils/catch-up';
import { mergeEdges } from 'src/modules/feed/utils/feed-edges';
import { useFeedItems, useSocketConnects } from 'src/modules/realtime/hooks/useRealtime';
import { toFeedEdge } from 'src/modules/realtime/utils/feed-item-event';

const PAGE_SIZE = 20;
const FRESH_MS = 5000;

/** What a feed does with a pushed activity: show it, re-read its newest page, or skip it. */
export type LiveRoute = 'show' | 'refill' | 'ignore';

export interface UseLiveFeedOptions {
  filter: FeedFilter;
  subjectId?: string;
  route?: (item: Activity) => LiveRoute;
}

export interface LiveFeed {
  edges: FeedEdge[];
  loading: boolean;
  error: ErrorLike | undefined;
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  loadMore: () => Promise<void>;
  pendingCount: number;
  showPending: () => void;
  freshIds: ReadonlySet<string>;
  /** Puts activities at the top now, whatever the scroll position (e.g. the reader's own post). */
  addNow: (edges: FeedEdge[]) => void;
  /** Fetches everything newer than the list's newest item (after a reconnect, a save, a mention). */
  refill: () => Promise<void>;
}

/**
 * A feed page from GraphQL plus live `feed:item` pushes: deduplicated by activity id, and gap-filled
 * after a socket reconnect. A calm feed: what others write waits behind the "N new" bar wherever the
 * reader is, so nothing on screen moves until they ask; what the reader did themselves (a post, a
 * save) goes to the top at once. Waiting items are in the Apollo cache already, so
 * `feed:item:updated` (applied to the cache by RealtimeProvider) changes them in place too, and they
 * show as they are now.
 *
 * Gap fill (catch-up): from the newest cursor in the list, page backward (`last`/`before`) until
 * `hasPreviousPage` is false, and put what came above the list in the server's order. Every
 * missed item arrives once, however long the socket was away.
 */
export function useLiveFeed({ filter, subjectId, route }: UseLiveFeedOptions): LiveFeed {
  const client = useApolloClient();
  const variables = useMemo(
    () => ({ filter, subjectId: subjectId ?? null, first: PAGE_SIZE }),
    [filter, subjectId],
  );
  const { data, loading, error, fetchMore } = useQuery(FEED_QUERY, { variables });
  const edges = useMemo(() => data?.feed.edges ?? [], [data]);
  // TO_ME is ordered by the latest mention or reply, which only the server knows.
  const byTime = filter !== 'TO_ME';

  const [pending, setPending] = useState<FeedEdge[]>([]);
  const [freshIds, setFreshIds] = useState<ReadonlySet<string>>(() => new Set());
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);

  const meId = useQuery(ME_QUERY, { fetchPolicy: 'cache-first' }).data?.me.id ?? null;

  const edgesRef = useRef(edges);
  const pendingRef = useRef(pending);
  const loadedRef = useRef(data !== undefined);
  const meRef = useRef(meId);
  const timers = useRef(new Set<number>());
  // pendingRef is the truth for what waits: it changes with each push, before React renders the
  // state that mirrors it. Copying the state back here would lose a push whenever another update
  // (a cache write) renders first with the older waiting list.
  useEffect(() => {
    edgesRef.current = edges;
    loadedRef.current = data !== undefined;
    meRef.current = meId;
  });
  useEffect(() => {
    const pendingTimers = timers.current;
    return () => pendingTimers.forEach((timer) => window.clearTimeout(timer));
  }, []);

  const markFresh = useCallback((ids: string[]) => {
    if (ids.length === 0) return;
    setFreshIds((current) => new Set([...current, ...ids]));
    const timer = window.setTimeout(() => {
      timers.current.delete(timer);
      setFreshIds((current) => new Set([...current].filter((id) => !ids.includes(id))));
    }, FRESH_MS);
    timers.current.add(timer);
  }, []);

  // Reuses an activity the cache already knows (with its comments) rather than the bare push.
  const preferCached = useCallback(
    (edge: FeedEdge): FeedEdge => {
      const id = client.cache.identify({ __typename: 'Activity', id: edge.node.id });
      const cached = id
        ? client.cache.readFragment({ fragment: ACTIVITY_FIELDS, fragmentName: 'ActivityFields', id })
        : null;
      return cached ? { ...edge, node: cached } : edge;
    },
    [client],
  );

  /** Writes edges into the cached list; returns false when there is no list yet. */
  const writeToTop = useCallback(
    (added: FeedEdge[]): boolean => {
      let written = false;
      client.cache.updateQuery({ query: FEED_QUERY, variables }, (current) => {
        if (!current) return undefined;
        written = true;
        const merged = mergeEdges(current.feed.edges, added.map(preferCached), byTime);
        if (sameEdges(merged, current.feed.edges)) return undefined;
        return { feed: { ...current.feed, edges: merged } };
      });
      return written;
    },
    [client, variables, preferCached, byTime],
  );

  /** Puts activities the cache does not hold yet into it, so live updates reach them while they wait. */
  const remember = useCallback(
    (added: readonly FeedEdge[]) => {
      for (const { node } of added) {
        const id = client.cache.identify({ __typename: 'Activity', id: node.id });
        const cached = id ? client.cache.readFragment({ fragment: ACTIVITY_FIELDS, fragmentName: 'ActivityFields', id }) : null;
        if (!cached) client.cache.writeFragment({ fragment: ACTIVITY_FIELDS, fragmentName: 'ActivityFields', data: node });
      }
    },
    [client],
  );

  /** The reader's own activities go to the top now; everyone else's wait behind the bar. */
  const present = useCallback(
    (added: FeedEdge[]) => {
      if (added.length === 0) return;
      const mine = added.filter((edge) => edge.node.actor !== null && edge.node.actor.id === meRef.current);
      const shownNow = mine.length > 0 && loadedRef.current && writeToTop(mine);
      if (shownNow) markFresh(mine.map((edge) => edge.node.id));
      const waiting = shownNow ? added.filter((edge) => !mine.includes(edge)) : added;
      if (waiting.length === 0) return;
      remember(waiting);
      const next = mergeEdges(pendingRef.current, waiting, byTime);
      pendingRef.current = next;
      setPending(next);
    },
    [writeToTop, markFresh, remember, byTime],
  );

  /** Live pushes: an activity already shown or waiting is not news. */
  const receive = useCallback(
    (incoming: FeedEdge[]) => {
      const known = new Set([...edgesRef.current, ...pendingRef.current].map((e) => e.node.id));
      present(incoming.filter((edge) => !known.has(edge.node.id)));
    },
    [present],
  );

  const showPending = useCallback(() => {
    const waiting = pendingRef.current;
    if (waiting.length > 0 && writeToTop(waiting)) {
      markFresh(waiting.map((edge) => edge.node.id));
      pendingRef.current = [];
      setPending([]);
    }
    window.scrollTo({ top: 0 });
  }, [writeToTop, markFresh]);

  const addNow = useCallback(
    (added: FeedEdge[]) => {
      if (writeToTop(added)) markFresh(added.map((edge) => edge.node.id));
    },
    [writeToTop, markFresh],
  );

  const catchUp = useCallback(async () => {
    const newest = edgesRef.current[0]?.cursor;
    const caught = newest ? await fetchNewerThan(client, { filter, subjectId: subjectId ?? null }, newest) : null;
    // Missed edits, removals and reaction counts reach the newest cards already shown, too.
    const top = await client.query({ query: FEED_QUERY, variables: { ...variables, after: null }, fetchPolicy: 'no-cache' });
    const refresh = (list: readonly FeedEdge[]) => {
      for (const { node } of list) client.cache.writeFragment({ fragment: ACTIVITY_FIELDS, fragmentName: 'ActivityFields', data: node });
    };
    if (top.data) refresh(top.data.feed.edges);
    if (caught) {
      refresh(caught);
      present(caught);
      return;
    }
    // Nothing to page from (an empty list), or a gap too long to page through: start over from the
    // newest page, which `loadMore` continues without a hole.
    if (top.data) {
      const fresh = top.data.feed;
      client.cache.writeQuery({ query: FEED_QUERY, variables, data: { feed: fresh } });
      pendingRef.current = [];
      setPending([]);
    }
  }, [client, filter, subjectId, variables, present]);

  // One catch-up at a time; a request during one runs once more after it, from the new top.
  const catchingUp = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const refill = useCallback(async () => {
    if (catchingUp.current) {
      again.current = true;
      return catchingUp.current;
    }
    const run = (async () => {
      do {
        again.current = false;
        try {
          await catchUp();
        } catch {
          // Best effort: a failed catch-up is retried on the next reconnect, save or visit.
          again.current = false;
        }
      } while (again.current);
    })();
    catchingUp.current = run;
    try {
      await run;
    } finally {
      catchingUp.current = null;
    }
  }, [catchUp]);

  useFeedItems((event) => {
    const decision = route ? route(event.item) : 'show';
    if (decision === 'show') receive([toFeedEdge(event)]);
    else if (decision === 'refill') void refill();
  });

  useSocketConnects(() => {
    if (loadedRef.current) void refill();
  });

  // A list served from the cache on a revisit has missed the pushes made while it was away.
  const servedFromCache = useRef(data !== undefined);
  useEffect(() => {
    if (!servedFromCache.current) return;
    servedFromCache.current = false;
    void refill();
  }, [refill]);

  const endCursor = data?.feed.pageInfo.endCursor ?? null;
  const loadMore = useCallback(async () => {
    if (!endCursor || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (caught) {
      setLoadMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, loadingMore, fetchMore]);

  // A push that raced the first page may already be in it; an item shown with an older edge (TO_ME,
  // a new reply) is waiting to move up, so it counts.
  const pendingCount = useMemo(() => {
    const shown = new Map(edges.map((edge) => [edge.node.id, edge.cursor]));
    return pending.filter((edge) => shown.get(edge.node.id) !== edge.cursor).length;
  }, [edges, pending]);

  return {
    edges,
    loading,
    error,
    hasNextPage: data?.feed.pageInfo.hasNextPage ?? false,
    loadingMore,
    loadMoreError,
    loadMore,
    pendingCount,
    showPending,
    freshIds,
    addNow,
    refill,
  };
}

function sameEdges(a: readonly FeedEdge[], b: readonly FeedEdge[]): boolean {
  return a.length === b.length && a.every((edge, i) => edge.node.id === b[i]?.node.id && edge.cursor === b[i]?.cursor);
}
