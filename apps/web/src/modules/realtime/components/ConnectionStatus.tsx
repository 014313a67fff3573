import { useConnectionStatus } from 'src/modules/realtime/hooks/useRealtime';
import type { ConnectionState } from 'src/modules/realtime/hooks/realtime-context';

const LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

const HINTS: Record<ConnectionState, string> = {
  connecting: 'Connecting to live updates',
  live: 'New activity appears as it happens',
  reconnecting: 'Connection lost; missed activity is filled in once it is back',
  offline: 'Live updates are unavailable; retrying shortly',
};

export function ConnectionStatus() {
  const status = useConnectionStatus();
  return (
    <span
      className={`connection connection--${status}`}
      data-testid="connection-status"
      data-state={status}
      title={HINTS[status]}
      role="status"
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{LABELS[status]}</span>
    </span>
  );
}
