import { createContext } from 'react';
import type { Observable } from 'rxjs';
import type { FeedItemEvent } from 'src/modules/realtime/utils/feed-item-event';
import type { NotificationEvent } from 'src/modules/realtime/utils/notification-event';
import type { SocialMentionEvent } from 'src/modules/realtime/utils/social-mention-event';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface ConnectEvent {
  /** True when this connect follows a lost connection, i.e. pushes may have been missed. */
  reconnect: boolean;
}

export interface RealtimeContextValue {
  status: ConnectionState;
  feedItems: Observable<FeedItemEvent>;
  notifications: Observable<NotificationEvent>;
  /** `feed:item:updated`, after the change is in the Apollo cache. */
  feedItemUpdates: Observable<FeedItemEvent>;
  connects: Observable<ConnectEvent>;
  /** `social:mention`: a mention arrived or changed. */
  socialMentions: Observable<SocialMentionEvent>;
}

export const RealtimeContext = createContext<RealtimeContextValue | null>(null);
