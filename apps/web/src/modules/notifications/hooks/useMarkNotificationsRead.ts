import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import {
  MARK_NOTIFICATIONS_READ,
  NOTIFICATIONS_QUERY,
  NOTIFICATIONS_SHOWN,
  UNREAD_COUNT_QUERY,
} from 'src/modules/notifications/graphql/notifications.documents';

function markCachedRead(cache: ApolloCache, target: readonly string[] | 'all'): void {
  cache.updateQuery({ query: NOTIFICATIONS_QUERY, variables: { first: NOTIFICATIONS_SHOWN } }, (current) =>
    current
      ? { notifications: current.notifications.map((n) => (target === 'all' || target.includes(n.id) ? { ...n, read: true } : n)) }
      : undefined,
  );
}

/** Marks notifications read: the cached list and the badge change with the server's answer. */
export function useMarkNotificationsRead() {
  const [mutate, { loading }] = useMutation(MARK_NOTIFICATIONS_READ);

  const mark = useCallback(
    (target: readonly string[] | 'all') =>
      mutate({
        variables: target === 'all' ? { all: true } : { ids: [...target] },
        update(cache, { data }) {
          markCachedRead(cache, target);
          if (data) cache.writeQuery({ query: UNREAD_COUNT_QUERY, data: { unreadNotificationCount: data.markNotificationsRead } });
        },
      }),
    [mutate],
  );

  return { mark, loading };
}
