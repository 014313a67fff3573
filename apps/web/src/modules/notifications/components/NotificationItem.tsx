import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ME_QUERY } from 'src/modules/auth/graphql/auth.documents';
import { Avatar } from 'src/modules/feed/components/Avatar';
import { RelativeTime } from 'src/modules/feed/components/RelativeTime';
import type { AppNotification } from 'src/modules/notifications/graphql/notifications.types';
import { describeNotification, notificationHref, notificationPreview } from 'src/modules/notifications/utils/notification-text';
import { subjectPath } from 'src/modules/records/utils/subject-path';

interface NotificationItemProps {
  notification: AppNotification;
  now: number;
  onOpen: () => void;
}

/** One notification: a sentence and a preview, linking to the post or comment; opening it marks it read. */
export function NotificationItem({ notification, now, onOpen }: NotificationItemProps) {
  const { data: me } = useQuery(ME_QUERY, { fetchPolicy: 'cache-first' });
  const { actor, action, subject } = describeNotification(notification, me?.me.id);
  const path = subjectPath(notification.subjectId);
  const preview = notificationPreview(notification);
  const className = `notification${notification.read ? '' : ' notification--unread'}`;
  const content = (
    <>
      {notification.actor ? (
        <Avatar id={notification.actor.id} name={notification.actor.name} />
      ) : (
        <span className="avatar avatar--system" aria-hidden="true">
          T
        </span>
      )}
      <span className="notification__body">
        <span className="notification__text">
          {!notification.read && <span className="visually-hidden">Unread: </span>}
          <strong>{actor}</strong> {action} <strong>{subject}</strong>
        </span>
        {preview && (
          <span className="notification__preview" data-testid="notification-preview">
            {preview}
          </span>
        )}
        <RelativeTime iso={notification.createdAt} now={now} />
      </span>
      {!notification.read && <span className="notification__dot" aria-hidden="true" />}
    </>
  );
  const common = {
    className,
    'data-testid': 'notification-item',
    'data-read': notification.read,
    'data-kind': notification.kind,
    onClick: onOpen,
  };

  // Employees, teams and topics have no page yet: opening such a notification only marks it read.
  return path ? (
    <Link to={notificationHref(path, notification)} {...common}>
      {content}
    </Link>
  ) : (
    <button type="button" {...common}>
      {content}
    </button>
  );
}
