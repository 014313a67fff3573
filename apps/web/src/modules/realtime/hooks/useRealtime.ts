import { useContext, useEffect, useRef } from 'react';
import {
  RealtimeContext,
  type ConnectEvent,
  type ConnectionState,
  type RealtimeContextValue,
} from 'src/modules/realtime/hooks/realtime-context';
import type { FeedItemEvent } from 'src/modules/realtime/utils/feed-item-event';
import type { NotificationEvent } from 'src/modules/realtime/utils/notification-event';
import type { SocialMentionEvent } from 'src/modules/realtime/utils/social-mention-event';

function useRealtimeContext(): RealtimeContextValue {
  const value = useContext(RealtimeContext);
  if (!value) throw new Error('Realtime hooks must be used inside <RealtimeProvider>.');
  return value;
}

export function useConnectionStatus(): ConnectionState {
  return useRealtimeContext().status;
}

/** Calls the latest `handler` for every `feed:item` pushed to this employee. */
export function useFeedItems(handler: (event: FeedItemEvent) => void): void {
  const { feedItems } = useRealtimeContext();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const subscription = feedItems.subscribe((event) => latest.current(event));
    return () => subscription.unsubscribe();
  }, [feedItems]);
}

/** Calls the latest `handler` for every `notification` pushed to this employee. */
export function useNotificationEvents(handler: (event: NotificationEvent) => void): void {
  const { notifications } = useRealtimeContext();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const subscription = notifications.subscribe((event) => latest.current(event));
    return () => subscription.unsubscribe();
  }, [notifications]);
}

/**
 * Calls the latest `handler` for every `feed:item:updated`: an activity already in this employee's
 * feed changed. The cached activity is already updated when it runs.
 */
export function useFeedItemUpdates(handler: (event: FeedItemEvent) => void): void {
  const { feedItemUpdates } = useRealtimeContext();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const subscription = feedItemUpdates.subscribe((event) => latest.current(event));
    return () => subscription.unsubscribe();
  }, [feedItemUpdates]);
}

/** Calls the latest `handler` each time the socket (re)connects. */
export function useSocketConnects(handler: (event: ConnectEvent) => void): void {
  const { connects } = useRealtimeContext();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const subscription = connects.subscribe((event) => latest.current(event));
    return () => subscription.unsubscribe();
  }, [connects]);
}

/** Calls the latest `handler` for every `social:mention` (a mention arrived or changed). */
export function useSocialMentionEvents(handler: (event: SocialMentionEvent) => void): void {
  const { socialMentions } = useRealtimeContext();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const subscription = socialMentions.subscribe((event) => latest.current(event));
    return () => subscription.unsubscribe();
  }, [socialMentions]);
}
