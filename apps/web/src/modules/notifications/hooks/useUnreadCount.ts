import { useApolloClient, useQuery } from '@apollo/client/react';
import { UNREAD_COUNT_QUERY } from 'src/modules/notifications/graphql/notifications.documents';
import { useNotificationEvents, useSocketConnects } from 'src/modules/realtime/hooks/useRealtime';

/**
 * The unread notification count: read once, then kept by the socket's `notification` pushes (each
 * carries the exact count), and read again after a reconnect, when pushes may have been missed.
 */
export function useUnreadCount(): number {
  const client = useApolloClient();
  const { data, refetch } = useQuery(UNREAD_COUNT_QUERY);

  useNotificationEvents((event) => {
    client.cache.writeQuery({ query: UNREAD_COUNT_QUERY, data: { unreadNotificationCount: event.unreadCount } });
  });
  useSocketConnects(({ reconnect }) => {
    if (reconnect) void refetch().catch(() => undefined);
  });

  return data?.unreadNotificationCount ?? 0;
}
