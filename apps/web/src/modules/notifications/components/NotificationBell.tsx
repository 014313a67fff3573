import { useCallback, useId, useRef, useState } from 'react';
import { NotificationPanel } from 'src/modules/notifications/components/NotificationPanel';
import { useUnreadCount } from 'src/modules/notifications/hooks/useUnreadCount';
import { badgeText, bellLabel } from 'src/modules/notifications/utils/notification-text';
import { useDismiss } from 'src/modules/shell/hooks/useDismiss';

/** The header's bell: a live unread badge, and the panel of recent notifications on click. */
export function NotificationBell() {
  const unread = useUnreadCount();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, rootRef, buttonRef);

  return (
    <div className="notifications" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={`bell${unread > 0 ? ' bell--unread' : ''}`}
        aria-label={bellLabel(unread)}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-testid="notification-bell"
        data-unread={unread}
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M12 3a6 6 0 0 0-6 6v3.6l-1.6 2.7A1 1 0 0 0 5.3 17h13.4a1 1 0 0 0 .9-1.7L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0h-5Z" />
        </svg>
        {unread > 0 && (
          <span className="bell__badge" data-testid="notification-badge" aria-hidden="true">
            {badgeText(unread)}
          </span>
        )}
      </button>
      {open && <NotificationPanel id={panelId} unread={unread} onClose={close} />}
    </div>
  );
}
