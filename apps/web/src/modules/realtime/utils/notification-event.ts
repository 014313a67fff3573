/** The socket's `notification` payload: a new notification (or null when only read state moved) and the exact unread count. */
export interface NotificationEvent {
  notification: PushedNotification | null;
  unreadCount: number;
}

export interface PushedNotification {
  id: string;
  kind: string;
  actorId: string | null;
  activityId: string;
  commentId: string | null;
  subjectId: string;
  createdAt: string;
  read: boolean;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toNotification(value: unknown): PushedNotification | null {
  if (!isObject(value)) return null;
  const id = str(value.id);
  const kind = str(value.kind);
  const activityId = str(value.activityId);
  const subjectId = str(value.subjectId);
  const createdAt = str(value.createdAt);
  if (!id || !kind || !activityId || !subjectId || !createdAt) return null;
  return {
    id,
    kind,
    actorId: str(value.actorId),
    activityId,
    commentId: str(value.commentId),
    subjectId,
    createdAt,
    read: value.read === true,
  };
}

/** Returns null for payloads without a usable count, so a bad push never breaks the badge. */
export function parseNotificationEvent(payload: unknown): NotificationEvent | null {
  if (!isObject(payload)) return null;
  const count = payload.unreadCount;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  return { notification: toNotification(payload.notification), unreadCount: count };
}
