import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { ACTIVITY_FIELDS, FEED_QUERY } from 'src/modules/feed/graphql/feed.documents';
import type { Activity, FeedEdge, FeedFilter } from 'src/modules/feed/graphql/feed.types';
import { mergeEdges } from 'src/modules/feed/utils/feed-edges';
import { withLiveFields } from 'src/modules/feed/utils/live-update';
import { useFeedItems, useFeedItemUpdates, useSocketConnects } from 'src/modules/realtime/hooks/useRealtime';
import { toFeedEdge } from 'src/modules/realtime/utils/feed-item-event';

const PAGE_SIZE = 20;
const GAP_FILL_SIZE = 50;
const FRESH_MS = 5000;
// Within this many pixels of the top the reader sees new items arrive; further down they wait.
const AT_TOP_PX = 150;

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
  refill: () => Promise<void>;
}

const isAtTop = () => window.scrollY <= AT_TOP_PX;

/**
 * A feed page from GraphQL plus live `feed:item` pushes: deduplicated by activity id,
 * prepended when the reader is at the top, otherwise held back behind an "N new" pill,
 * and gap-filled after a socket reconnect. `feed:item:updated` changes items in place.
 */
export function useLiveFeed({ filter, subjectId, route }: UseLiveFeedOptions): LiveFeed {
  const client = useApolloClient();
  const variables = useMemo(
    () => ({ filter, subjectId: subjectId ?? null, first: PAGE_SIZE }),
    [filter, subjectId],
  );
  const { data, loading, error, fetchMore } = useQuery(FEED_QUERY, { variables });
  const edges = useMemo(() => data?.feed.edges ?? [], [data]);

  const [pending, setPending] = useState<FeedEdge[]>([]);
  const [freshIds, setFreshIds] = useState<ReadonlySet<string>>(() => new Set());
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);

  const edgesRef = useRef(edges);
  const pendingRef = useRef(pending);
  const loadedRef = useRef(data !== undefined);
  const timers = useRef(new Set<number>());
  useEffect(() => {
    edgesRef.current = edges;
    pendingRef.current = pending;
    loadedRef.current = data !== undefined;
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
        const merged = mergeEdges(current.feed.edges, added.map(preferCached));
        if (merged.length === current.feed.edges.length) return undefined;
        return { feed: { ...current.feed, edges: merged } };
      });
      return written;
    },
    [client, variables, preferCached],
  );

  const receive = useCallback(
    (incoming: FeedEdge[]) => {
      const known = new Set([...edgesRef.current, ...pendingRef.current].map((e) => e.node.id));
      const unseen = incoming.filter((edge) => !known.has(edge.node.id));
      if (unseen.length === 0) return;
      if (isAtTop() && loadedRef.current) {
        const all = [...pendingRef.current, ...unseen];
        if (writeToTop(all)) {
          markFresh(all.map((edge) => edge.node.id));
          setPending([]);
          pendingRef.current = [];
          return;
        }
      }
      const next = mergeEdges(pendingRef.current, unseen);
      pendingRef.current = next;
      setPending(next);
    },
    [writeToTop, markFresh],
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

  // Best effort: a failed gap fill is retried on the next reconnect or visit.
  const refill = useCallback(async () => {
    try {
      const result = await client.query({
        query: FEED_QUERY,
        variables: { ...variables, first: GAP_FILL_SIZE, after: null },
        fetchPolicy: 'no-cache',
      });
      if (!result.data) return;
      // Edits and removals missed while away reach the cards already shown, too.
      for (const { node } of result.data.feed.edges) {
        client.cache.writeFragment({ fragment: ACTIVITY_FIELDS, fragmentName: 'ActivityFields', data: node });
      }
      receive(result.data.feed.edges);
    } catch {
      /* see above */
    }
  }, [client, variables, receive]);

  useFeedItems((event) => {
    const decision = route ? route(event.item) : 'show';
    if (decision === 'show') receive([toFeedEdge(event)]);
    else if (decision === 'refill') void refill();
  });

  // Shown items change in the cache (RealtimeProvider); items waiting behind the pill change here.
  useFeedItemUpdates(({ item }) => {
    if (!pendingRef.current.some((edge) => edge.node.id === item.id)) return;
    const next = pendingRef.current.map((edge) =>
      edge.node.id === item.id ? { ...edge, node: withLiveFields(edge.node, item) } : edge,
    );
    pendingRef.current = next;
    setPending(next);
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

  // A push that raced the first page may already be in it.
  const pendingCount = useMemo(() => {
    const shown = new Set(edges.map((edge) => edge.node.id));
    return pending.filter((edge) => !shown.has(edge.node.id)).length;
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
