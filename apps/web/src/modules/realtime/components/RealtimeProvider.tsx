import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Subject } from 'rxjs';
import { io } from 'socket.io-client';
import { tokenStore } from 'src/modules/auth/utils/token-store';
import {
  RealtimeContext,
  type ConnectEvent,
  type ConnectionState,
  type RealtimeContextValue,
} from 'src/modules/realtime/hooks/realtime-context';
import { parseFeedItemEvent, type FeedItemEvent } from 'src/modules/realtime/utils/feed-item-event';

const MANUAL_RETRY_MS = 5000;

interface RealtimeProviderProps {
  token: string;
  children: ReactNode;
}

/** One socket.io connection per signed-in session, shared by every feed on the page. */
export function RealtimeProvider({ token, children }: RealtimeProviderProps) {
  const [status, setStatus] = useState<ConnectionState>('connecting');
  const feedItems = useMemo(() => new Subject<FeedItemEvent>(), []);
  const connects = useMemo(() => new Subject<ConnectEvent>(), []);

  useEffect(() => {
    const socket = io({ path: '/socket.io', auth: { token } });
    let connectedBefore = false;
    let retryTimer: number | undefined;

    // socket.io stops retrying by itself when the server refuses the handshake or
    // disconnects us on purpose (e.g. a redeploy); keep trying with the current token.
    const retryLater = () => {
      window.clearTimeout(retryTimer);
      retryTimer = window.setTimeout(() => {
        const current = tokenStore.get();
        if (!current) return;
        socket.auth = { token: current };
        socket.connect();
      }, MANUAL_RETRY_MS);
    };

    socket.on('connect', () => {
      setStatus('live');
      connects.next({ reconnect: connectedBefore });
      connectedBefore = true;
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      setStatus('reconnecting');
      if (reason === 'io server disconnect') retryLater();
    });
    socket.on('connect_error', () => {
      if (socket.active) {
        setStatus(connectedBefore ? 'reconnecting' : 'connecting');
      } else {
        setStatus('offline');
        retryLater();
      }
    });
    socket.on('feed:item', (payload: unknown) => {
      const event = parseFeedItemEvent(payload);
      if (event) feedItems.next(event);
    });

    return () => {
      window.clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [token, feedItems, connects]);

  const value = useMemo<RealtimeContextValue>(
    () => ({ status, feedItems, connects }),
    [status, feedItems, connects],
  );
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
