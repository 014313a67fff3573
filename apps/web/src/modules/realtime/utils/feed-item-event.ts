import { parseServerEvent } from '@tidings/contracts';
import type { Activity, FeedEdge, Reaction, ReactionCount } from 'src/modules/feed/graphql/feed.types';
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
  /** Reaction counts of the activity and its comments. */
  reactionCounts: PushedReactionCounts | null;
}

export interface PushedReactionCounts {
  activity: ReactionCount[];
  /** By comment id; a comment of the activity that is not listed has no reactions. */
  comments: ReadonlyMap<string, ReactionCount[]>;
}

function toCounts(counts: ReadonlyArray<{ reaction: string; emoji: string; count: number }>): ReactionCount[] {
  // A reaction this client does not know yet is left out rather than shown blank.
  return counts.flatMap((raw) => {
    const option = reactionOption(raw.reaction as Reaction);
    return option ? [{ reaction: option.reaction, emoji: raw.emoji || option.emoji, count: raw.count }] : [];
  });
}

/**
 * Checks the payload against the shared socket contract (@tidings/contracts) and shapes it like a
 * cached feed edge; null for anything that does not fit, so a bad push never breaks a feed.
 */
export function parseFeedItemEvent(payload: unknown): FeedItemEvent | null {
  const event = parseServerEvent('feed:item', payload);
  if (!event) return null;
  const raw = event.item;
  const subjectKind = raw.subject?.kind ?? null;
  const reactionCounts: PushedReactionCounts = {
    activity: toCounts(raw.reactions),
    comments: new Map(raw.commentReactions.map((entry) => [entry.commentId, toCounts(entry.reactions)])),
  };
  const item: Activity = {
    __typename: 'Activity',
    id: raw.id,
    // The contract carries the kind as text; a kind this client does not know yet renders as a plain card.
    kind: raw.kind as Activity['kind'],
    createdAt: raw.createdAt,
    subjectId: raw.subjectId,
    subject: raw.subject
      ? {
          __typename: 'SubjectRef',
          id: raw.subject.id,
          kind: isSubjectKind(subjectKind) ? subjectKind : (subjectKindFromId(raw.subjectId) ?? 'TOPIC'),
          name: raw.subject.name,
        }
      : null,
    actor: raw.actor ? { ...raw.actor, __typename: 'Employee' } : null,
    body: raw.body,
    changes: raw.changes?.map((change) => ({ __typename: 'FieldChange', ...change })) ?? null,
    commentCount: raw.commentCount,
    // Pushes carry no comments; a brand-new activity has none worth showing yet.
    comments: [],
    editedAt: raw.editedAt,
    deletedAt: raw.deletedAt,
    updatedAt: raw.updatedAt,
    // Reactions come as counts for everyone; whether I am among them is mine to keep (an update
    // merges them with the cached ones). Nor are the per-viewer flags pushed.
    reactions: reactionCounts.activity.map((count) => ({ __typename: 'ReactionSummary', ...count, reactedByMe: false })),
    isBookmarkedByMe: false,
    isMutedByMe: false,
  };
  return { cursor: event.cursor, item, reactionCounts };
}

export function toFeedEdge(event: FeedItemEvent): FeedEdge {
  return { __typename: 'FeedEdge', cursor: event.cursor, node: event.item };
}
