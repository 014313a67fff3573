import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import {
  MARK_NOTIFICATIONS_READ,
  UNREAD_COUNT_QUERY,
} from 'src/modules/notifications/graphql/notifications.documents';

function markCachedRead(cache: ApolloCache, target: readonly string[] | 'all'): void {
  // Every cached copy at once: the panel's list and the notifications page read the same entities.
  const ids =
    target === 'all'
      ? Object.keys(cache.extract() as Record<string, unknown>).filter((key) => key.startsWith('Notification:'))
      : target.map((id) => cache.identify({ __typename: 'Notification', id })).filter((key): key is string => key !== undefined);
  for (const id of ids) cache.modify({ id, fields: { read: () => true } });
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
