import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Subject } from 'rxjs';
import { io } from 'socket.io-client';
import { useApolloClient } from '@apollo/client/react';
import { applyActivityUpdate } from 'src/modules/feed/utils/live-update';
import { tokenStore } from 'src/modules/auth/utils/token-store';
import {
  RealtimeContext,
  type ConnectEvent,
  type ConnectionState,
  type RealtimeContextValue,
} from 'src/modules/realtime/hooks/realtime-context';
import { parseFeedItemEvent, type FeedItemEvent } from 'src/modules/realtime/utils/feed-item-event';
import { parseNotificationEvent, type NotificationEvent } from 'src/modules/realtime/utils/notification-event';
import { parseSocialMentionEvent, type SocialMentionEvent } from 'src/modules/realtime/utils/social-mention-event';

const MANUAL_RETRY_MS = 5000;

interface RealtimeProviderProps {
  children: ReactNode;
}

/** One socket.io connection per signed-in session, shared by every feed and the notification bell. */
export function RealtimeProvider({ children }: RealtimeProviderProps) {
  const [status, setStatus] = useState<ConnectionState>('connecting');
  const client = useApolloClient();
  const feedItems = useMemo(() => new Subject<FeedItemEvent>(), []);
  const notifications = useMemo(() => new Subject<NotificationEvent>(), []);
  const feedItemUpdates = useMemo(() => new Subject<FeedItemEvent>(), []);
  const connects = useMemo(() => new Subject<ConnectEvent>(), []);
  const socialMentions = useMemo(() => new Subject<SocialMentionEvent>(), []);

  useEffect(() => {
    // The token is read at every (re)connect, so a refreshed token is used without a new socket.
    const socket = io({ path: '/socket.io', auth: (send) => send({ token: tokenStore.get() ?? '' }) });
    let connectedBefore = false;
    let retryTimer: number | undefined;

    // socket.io stops retrying by itself when the server refuses the handshake or
    // disconnects us on purpose (e.g. a redeploy); keep trying with the current token.
    const retryLater = () => {
      window.clearTimeout(retryTimer);
      retryTimer = window.setTimeout(() => {
        if (!tokenStore.get()) return;
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
    // The server closes sockets of sessions that ended (signed out elsewhere, password changed).
    socket.on('session:ended', () => tokenStore.clear());
    socket.on('feed:item', (payload: unknown) => {
      const event = parseFeedItemEvent(payload);
      if (event) feedItems.next(event);
    });
    socket.on('notification', (payload: unknown) => {
      const event = parseNotificationEvent(payload);
      if (event) notifications.next(event);
    });
    // A mention arrived or changed (scored, routed, claimed, put on a case): the social inbox re-reads.
    socket.on('social:mention', (payload: unknown) => {
      const event = parseSocialMentionEvent(payload);
      if (event) socialMentions.next(event);
    });
    // Changed in place, once for every list and page showing it: no new card, no "N new" count.
    socket.on('feed:item:updated', (payload: unknown) => {
      const event = parseFeedItemEvent(payload);
      if (!event) return;
      applyActivityUpdate(client.cache, event.item, event.reactionCounts);
      feedItemUpdates.next(event);
    });

    return () => {
      window.clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [client, feedItems, feedItemUpdates, notifications, connects, socialMentions]);

  const value = useMemo<RealtimeContextValue>(
    () => ({ status, feedItems, feedItemUpdates, notifications, connects, socialMentions }),
    [status, feedItems, feedItemUpdates, notifications, connects, socialMentions],
  );
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}
