import type { AppNotification } from 'src/modules/notifications/graphql/notifications.types';
import { genericSubjectName } from 'src/modules/records/utils/subject-path';

/** A notification as a sentence in three parts, so the view can set the names apart. */
export interface NotificationSentence {
  actor: string;
  action: string;
  subject: string;
}

/** "Bo Chen" "mentioned you on" "Acme Renewal", "Cy" "assigned you" "Acme Renewal", … */
export function describeNotification(
  n: Pick<AppNotification, 'kind' | 'actor' | 'subject' | 'subjectId' | 'commentId' | 'activity'>,
  viewerId?: string,
): NotificationSentence {
  const actor = n.actor?.name ?? 'Someone';
  const subject = n.subject?.name ?? genericSubjectName(n.subjectId);
  const mine = !viewerId || !n.activity?.actor || n.activity.actor.id === viewerId;
  switch (n.kind) {
    case 'MENTION':
      return { actor, action: n.commentId ? 'mentioned you in a comment on' : 'mentioned you on', subject };
    case 'REPLY':
      return { actor, action: mine ? 'replied to your post on' : 'replied in a thread you are in on', subject };
    case 'REACTION':
      return { actor, action: n.commentId ? 'reacted to your comment on' : 'reacted to your post on', subject };
    case 'ASSIGNMENT':
      return { actor, action: 'assigned you', subject };
    // SLA warnings come from the server's clock, not from a person.
    case 'SLA_AT_RISK':
      return { actor: 'SLA', action: 'response due soon on', subject };
    case 'SLA_BREACHED':
      return { actor: 'SLA', action: 'response overdue on', subject };
    default:
      return { actor, action: 'has something for you on', subject };
  }
}

export function notificationText(n: Parameters<typeof describeNotification>[0], viewerId?: string): string {
  const { actor, action, subject } = describeNotification(n, viewerId);
  return `${actor} ${action} ${subject}`;
}

/** The bell's accessible name: "Notifications, 3 unread". */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications, none unread';
}

/** What the badge shows: the count, capped so it stays small. */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

const PREVIEW_LENGTH = 140;

/** The words it is about, shortened: the comment's text for a reply or comment, else the post's. */
export function notificationPreview(n: Pick<AppNotification, 'commentId' | 'activity'>): string | null {
  const text = n.commentId ? n.activity?.comments?.find((c) => c.id === n.commentId)?.body : n.activity?.body;
  if (!text) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…` : flat;
}

/** Where opening it leads: the subject's page, scrolled to the post or comment (see useFocusFromHash). */
export function notificationHref(path: string, n: Pick<AppNotification, 'activityId' | 'commentId'>): string {
  return n.commentId ? `${path}#comment-${n.commentId}` : `${path}#activity-${n.activityId}`;
}
