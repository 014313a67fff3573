import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { errorMessage } from 'src/modules/api/utils/graphql-error';
import { useNow } from 'src/modules/feed/hooks/useNow';
import { NotificationItem } from 'src/modules/notifications/components/NotificationItem';
import { NOTIFICATIONS_QUERY } from 'src/modules/notifications/graphql/notifications.documents';
import { useMarkNotificationsRead } from 'src/modules/notifications/hooks/useMarkNotificationsRead';
import { useUnreadCount } from 'src/modules/notifications/hooks/useUnreadCount';
import { useNotificationEvents } from 'src/modules/realtime/hooks/useRealtime';

type Filter = 'all' | 'unread' | 'mentions';

const FILTERS: Array<{ value: Filter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'unread', label: 'Unread' },
  { value: 'mentions', label: 'Mentions' },
];

const PAGE_SIZE = 50;
// The API answers at most this many, newest first.
const MOST = 100;

/** Every recent notification with its preview, filtered to unread or mentions, kept live. */
export function NotificationsPage() {
  const now = useNow();
  const unread = useUnreadCount();
  const [filter, setFilter] = useState<Filter>('all');
  const [first, setFirst] = useState(PAGE_SIZE);
  const { data, loading, error, refetch } = useQuery(NOTIFICATIONS_QUERY, {
    variables: { first, unreadOnly: filter === 'unread' },
    fetchPolicy: 'cache-and-network',
  });
  useNotificationEvents(() => void refetch().catch(() => undefined));
  const { mark, loading: marking } = useMarkNotificationsRead();
  const [markError, setMarkError] = useState<string | null>(null);
  const all = data?.notifications ?? [];
  const items = filter === 'mentions' ? all.filter((n) => n.kind === 'MENTION') : all;
  // A full answer may have older ones behind it.
  const more = all.length >= first && first < MOST;

  const markRead = (target: readonly string[] | 'all') => {
    setMarkError(null);
    mark(target).catch((caught: unknown) => setMarkError(errorMessage(caught)));
  };

  return (
    <div className="page page--notifications" data-testid="notifications-page">
      <header className="page__header">
        <h1>Notifications</h1>
        <p className="muted">Mentions, replies, reactions and assignments: {unread > 0 ? `${unread} unread` : 'all read'}.</p>
      </header>
      <div className="notifications-page__bar">
        <div className="segmented" role="group" aria-label="Show">
          {FILTERS.map((option) => (
            <button
              key={option.value}
              type="button"
              className={filter === option.value ? 'segmented__option segmented__option--active' : 'segmented__option'}
              aria-pressed={filter === option.value}
              data-testid={`notifications-filter-${option.value}`}
              onClick={() => {
                setFilter(option.value);
                setFirst(PAGE_SIZE);
              }}
            >
              {option.label}
            </button>
          ))}
        </div>
        <button type="button" className="button button--small" disabled={unread === 0 || marking} onClick={() => markRead('all')}>
          Mark all read
        </button>
      </div>
      {markError && (
        <p className="form-error" role="alert">
          {markError}
        </p>
      )}
      {error && items.length === 0 ? (
        <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : loading && items.length === 0 ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="muted card notifications-page__empty">
          {filter === 'unread' ? 'Nothing unread.' : filter === 'mentions' ? 'No one has mentioned you yet.' : 'Nothing yet.'}
        </p>
      ) : (
        <ul className="notification-list card" data-testid="notification-list">
          {items.map((notification) => (
            <li key={notification.id} className="notifications-page__row">
              <NotificationItem
                notification={notification}
                now={now}
                onOpen={() => {
                  if (!notification.read) markRead([notification.id]);
                }}
              />
              {!notification.read && (
                <button type="button" className="link-button notifications-page__mark" onClick={() => markRead([notification.id])}>
                  Mark read
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {more && (
        <div className="feed__more">
          <button type="button" className="button" data-testid="notifications-more" disabled={loading} onClick={() => setFirst(MOST)}>
            Show older
          </button>
        </div>
      )}
    </div>
  );
}
