import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { errorMessage } from 'src/modules/api/utils/graphql-error';
import { useNow } from 'src/modules/feed/hooks/useNow';
import { NotificationItem } from 'src/modules/notifications/components/NotificationItem';
import { NOTIFICATIONS_QUERY, NOTIFICATIONS_SHOWN } from 'src/modules/notifications/graphql/notifications.documents';
import { useMarkNotificationsRead } from 'src/modules/notifications/hooks/useMarkNotificationsRead';
import { useNotificationEvents } from 'src/modules/realtime/hooks/useRealtime';

interface NotificationPanelProps {
  /** The id of the panel's heading, which names the popover around it. */
  titleId: string;
  unread: number;
  onClose: () => void;
}

/** What the bell opens: the latest notifications, mark-read, and the way to the full page. */
export function NotificationPanel({ titleId, unread, onClose }: NotificationPanelProps) {
  const now = useNow();
  // Fresh on every opening. Pushes carry ids, not names, and read state may change in another tab:
  // while open, any push re-reads the list.
  const { data, loading, error, refetch } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first: NOTIFICATIONS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  useNotificationEvents(() => void refetch().catch(() => undefined));
  const { mark, loading: marking } = useMarkNotificationsRead();
  const [markError, setMarkError] = useState<string | null>(null);
  const items = data?.notifications ?? [];
  const anyUnread = unread > 0 || items.some((n) => !n.read);

  const markRead = (target: readonly string[] | 'all') => {
    setMarkError(null);
    mark(target).catch((caught: unknown) => setMarkError(errorMessage(caught)));
  };

  return (
    <>
      <header className="notification-panel__header">
        <h2 id={titleId} className="notification-panel__title">
          Notifications
        </h2>
        <button
          type="button"
          className="link-button"
          data-testid="mark-all-read"
          disabled={!anyUnread || marking}
          onClick={() => markRead('all')}
        >
          Mark all read
        </button>
      </header>
      {markError && (
        <p className="form-error notification-panel__status" role="alert">
          {markError}
        </p>
      )}
      {error && items.length === 0 ? (
        <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : loading && items.length === 0 ? (
        <p className="muted notification-panel__status">Loading…</p>
      ) : items.length === 0 ? (
        <p className="muted notification-panel__status">
          Nothing yet. Mentions, replies to your posts and records assigned to you show up here.
        </p>
      ) : (
        <ul className="notification-list" data-testid="notification-list">
          {items.map((notification) => (
            <li key={notification.id}>
              <NotificationItem
                notification={notification}
                now={now}
                onOpen={() => {
                  if (!notification.read) markRead([notification.id]);
                  onClose();
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <footer className="notification-panel__footer">
        <Link to="/notifications" data-testid="all-notifications" onClick={onClose}>
          See all notifications
        </Link>
      </footer>
    </>
  );
}
