import type {
  Activity,
  FeedEdge,
  FieldChange,
  PersonRef,
  Reaction,
  ReactionCount,
  SubjectRef,
} from 'src/modules/feed/graphql/feed.types';
import { reactionOption } from 'src/modules/feed/utils/reactions';
import { isSubjectKind, subjectKindFromId } from 'src/modules/records/utils/subject-path';

/**
 * The socket's `feed:item` payload (a new activity in my feed), and `feed:item:updated` (one
 * already in it changed: an edit, a removal, folded changes, a comment, a reaction), checked and
 * shaped like a cached feed edge.
 */
export interface FeedItemEvent {
  cursor: string;
  item: Activity;
  /** Reaction counts of the activity and its comments; null when the push carries none. */
  reactionCounts: PushedReactionCounts | null;
}

export interface PushedReactionCounts {
  activity: ReactionCount[];
  /** By comment id; a comment of the activity that is not listed has no reactions. */
  comments: ReadonlyMap<string, ReactionCount[]>;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toPerson(value: unknown): PersonRef | null {
  if (!isObject(value) || !str(value.id)) return null;
  return {
    __typename: 'Employee',
    id: String(value.id),
    name: str(value.name) ?? 'Someone',
    handle: str(value.handle) ?? '',
  };
}

function toSubject(value: unknown, subjectId: string): SubjectRef | null {
  if (!isObject(value) || !str(value.name)) return null;
  const kind = str(value.kind);
  return {
    __typename: 'SubjectRef',
    id: str(value.id) ?? subjectId,
    kind: isSubjectKind(kind) ? kind : (subjectKindFromId(subjectId) ?? 'TOPIC'),
    name: String(value.name),
  };
}

function toChanges(value: unknown): FieldChange[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isObject).map((change) => ({
    __typename: 'FieldChange',
    field: str(change.field) ?? '',
    from: str(change.from),
    to: str(change.to),
  }));
}

function toCounts(value: unknown): ReactionCount[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isObject).flatMap((raw) => {
    const option = reactionOption(str(raw.reaction) as Reaction);
    if (!option || typeof raw.count !== 'number') return [];
    return [{ reaction: option.reaction, emoji: str(raw.emoji) ?? option.emoji, count: raw.count }];
  });
}

function toReactionCounts(raw: Json): PushedReactionCounts | null {
  const activity = toCounts(raw.reactions);
  if (!activity) return null;
  const comments = new Map<string, ReactionCount[]>();
  for (const entry of Array.isArray(raw.commentReactions) ? raw.commentReactions.filter(isObject) : []) {
    const commentId = str(entry.commentId);
    const counts = toCounts(entry.reactions);
    if (commentId && counts) comments.set(commentId, counts);
  }
  return { activity, comments };
}

/** Returns null for payloads that are not a usable activity, so a bad push never breaks a feed. */
export function parseFeedItemEvent(payload: unknown): FeedItemEvent | null {
  if (!isObject(payload) || !isObject(payload.item)) return null;
  const raw = payload.item;
  const id = str(raw.id);
  const createdAt = str(raw.createdAt);
  const subjectId = str(raw.subjectId) ?? (isObject(raw.subject) ? str(raw.subject.id) : null);
  if (!id || !createdAt || !subjectId) return null;

  const reactionCounts = toReactionCounts(raw);
  const item: Activity = {
    __typename: 'Activity',
    id,
    kind: str(raw.kind) ?? 'SYSTEM',
    createdAt,
    subjectId,
    subject: toSubject(raw.subject, subjectId),
    actor: toPerson(raw.actor),
    body: str(raw.body),
    changes: toChanges(raw.changes),
    commentCount: typeof raw.commentCount === 'number' ? raw.commentCount : 0,
    // Pushes carry no comments; a brand-new activity has none worth showing yet.
    comments: [],
    editedAt: str(raw.editedAt),
    deletedAt: str(raw.deletedAt),
    updatedAt: str(raw.updatedAt),
    // Reactions come as counts for everyone; whether I am among them is mine to keep (an update
    // merges them with the cached ones). Nor are the per-viewer flags pushed.
    reactions: (reactionCounts?.activity ?? []).map((count) => ({ __typename: 'ReactionSummary', ...count, reactedByMe: false })),
    isBookmarkedByMe: false,
    isMutedByMe: false,
  };
  return { cursor: str(payload.cursor) ?? id, item, reactionCounts };
}

export function toFeedEdge(event: FeedItemEvent): FeedEdge {
  return { __typename: 'FeedEdge', cursor: event.cursor, node: event.item };
}
