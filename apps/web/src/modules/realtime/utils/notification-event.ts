import { parseServerEvent, type NotificationEvent as ContractNotificationEvent } from '@tidings/contracts';

/** The socket's `notification` payload: a new notification (or null when only read state moved) and the exact unread count. */
export type NotificationEvent = ContractNotificationEvent;
export type PushedNotification = NonNullable<NotificationEvent['notification']>;

/** Checked against the shared socket contract; null for payloads that do not fit, so a bad push never breaks the badge. */
export function parseNotificationEvent(payload: unknown): NotificationEvent | null {
  return parseServerEvent('notification', payload);
}
