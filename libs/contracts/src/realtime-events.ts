import { z } from 'zod';

// No code generation for faster parsing: the web client runs under a CSP without 'unsafe-eval',
// and zod's probe for it (new Function) would be reported as a violation.
z.config({ jitless: true });

/**
 * Every event the server sends a socket, one schema each. The API types its emits with them; the
 * web client parses what it receives with them and drops what does not fit, so a bad push never
 * breaks a feed. Documented in docs/api.md ("Realtime").
 */

const FieldChange = z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() });

const PersonRef = z.object({ id: z.string(), name: z.string(), handle: z.string() });

const SubjectRef = z.object({ id: z.string(), kind: z.string(), name: z.string() });

const ReactionCount = z.object({ reaction: z.string(), emoji: z.string(), count: z.number().int().nonnegative() });

/** A social mention as pushed (the GraphQL `SocialMention` shape, times as ISO strings). */
export const PushedSocialMention = z.object({
  id: z.string().min(1),
  network: z.string().min(1),
  externalId: z.string(),
  url: z.string().nullable(),
  text: z.string(),
  postedAt: z.iso.datetime({ offset: true }),
  author: z.object({
    handle: z.string(),
    name: z.string().nullable(),
    followers: z.number().int().nonnegative(),
    verified: z.boolean(),
    influence: z.number(),
    influenceBand: z.string(),
  }),
  sentiment: z.number().min(-1).max(1),
  intent: z.string(),
  priority: z.string(),
  why: z.array(z.string()),
  accountId: z.string().nullable(),
  matchConfidence: z.number().nullable(),
  caseId: z.string().nullable(),
  personaId: z.string().nullable(),
  routedAt: z.iso.datetime({ offset: true }).nullable(),
  claimedById: z.string().nullable(),
  dismissedAt: z.iso.datetime({ offset: true }).nullable(),
  removedAt: z.iso.datetime({ offset: true }).nullable(),
});

/** An activity as pushed: the same for every receiver (no "mine" flags, no comments). */
export const PushedActivity = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  subjectId: z.string().min(1),
  subject: SubjectRef.nullable(),
  actor: PersonRef.nullable(),
  body: z.string().nullable(),
  changes: z.array(FieldChange).nullable(),
  commentCount: z.number().int().nonnegative(),
  /** Counts only; each receiver keeps whether they are among them. */
  reactions: z.array(ReactionCount),
  commentReactions: z.array(z.object({ commentId: z.string(), reactions: z.array(ReactionCount) })),
  editedAt: z.iso.datetime({ offset: true }).nullable(),
  deletedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Set when kind is SOCIAL_MENTION (absent from older servers). */
  socialMention: PushedSocialMention.nullable().optional(),
});

/** `feed:item` (new in my feed) and `feed:item:updated` (one I have changed). */
export const FeedItemEvent = z.object({ cursor: z.string().min(1), item: PushedActivity });

export const PushedNotification = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  actorId: z.string().nullable(),
  activityId: z.string().min(1),
  commentId: z.string().nullable(),
  subjectId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  read: z.boolean(),
});

/** A new notification, or null when only the read state moved; always the exact unread count. */
export const NotificationEvent = z.object({ notification: PushedNotification.nullable(), unreadCount: z.number().int().nonnegative() });

/** The server closed the socket's session: signed out elsewhere, expired, or disabled. */
export const SessionEndedEvent = z.object({ reason: z.enum(['signed-out', 'expired', 'disabled']) });

/**
 * `social:mention`: a mention arrived or changed (scored, routed, claimed, dismissed, corrected,
 * put on a case). Sent to the people concerned who may open its account; live social inbox.
 */
export const SocialMentionEvent = z.object({ mention: PushedSocialMention });

export const SERVER_EVENTS = {
  'feed:item': FeedItemEvent,
  'feed:item:updated': FeedItemEvent,
  notification: NotificationEvent,
  'session:ended': SessionEndedEvent,
  'social:mention': SocialMentionEvent,
} as const;

export type ServerEventName = keyof typeof SERVER_EVENTS;
export type ServerEventPayload<E extends ServerEventName> = z.infer<(typeof SERVER_EVENTS)[E]>;
export type PushedActivity = z.infer<typeof PushedActivity>;
export type FeedItemEvent = z.infer<typeof FeedItemEvent>;
export type NotificationEvent = z.infer<typeof NotificationEvent>;
export type PushedNotification = z.infer<typeof PushedNotification>;
export type PushedSocialMention = z.infer<typeof PushedSocialMention>;
export type SocialMentionEvent = z.infer<typeof SocialMentionEvent>;

/** The payload if it fits the event's schema, else null. */
export function parseServerEvent<E extends ServerEventName>(event: E, payload: unknown): ServerEventPayload<E> | null {
  const parsed = SERVER_EVENTS[event].safeParse(payload);
  return parsed.success ? (parsed.data as ServerEventPayload<E>) : null;
}
