import { useId, useState } from 'react';
import { NotificationPanel } from 'src/modules/notifications/components/NotificationPanel';
import { useUnreadCount } from 'src/modules/notifications/hooks/useUnreadCount';
import { badgeText, bellLabel } from 'src/modules/notifications/utils/notification-text';
import { Popover, PopoverContent, PopoverTrigger } from 'src/modules/ui/components/Popover';

/** The header's bell: a live unread badge, and the panel of recent notifications on click. */
export function NotificationBell() {
  const unread = useUnreadCount();
  const [open, setOpen] = useState(false);
  const titleId = useId();

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger
        className={`bell${unread > 0 ? ' bell--unread' : ''}`}
        aria-label={bellLabel(unread)}
        data-testid="notification-bell"
        data-unread={unread}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M12 3a6 6 0 0 0-6 6v3.6l-1.6 2.7A1 1 0 0 0 5.3 17h13.4a1 1 0 0 0 .9-1.7L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0h-5Z" />
        </svg>
        {unread > 0 && (
          <span className="bell__badge" data-testid="notification-badge" aria-hidden="true">
            {badgeText(unread)}
          </span>
        )}
      </PopoverTrigger>
      <PopoverContent className="notification-panel" data-testid="notification-panel" aria-labelledby={titleId}>
        <NotificationPanel titleId={titleId} unread={unread} onClose={() => setOpen(false)} />
      </PopoverContent>
    </Popover>
  );
}
