import type { ApolloCache } from '@apollo/client';
import { graphql } from 'src/gql';
import type { Activity, ReactionSummary } from 'src/modules/feed/graphql/feed.types';
import { withPushedCounts } from 'src/modules/feed/utils/reactions';
import type { PushedReactionCounts } from 'src/modules/realtime/utils/feed-item-event';

export type LiveUpdateOutcome = 'applied' | 'absent' | 'stale';

const CACHED_VERSION = graphql(`
  fragment CachedActivityVersion on Activity {
    id
    updatedAt
  }
`);

const CACHED_COMMENT_IDS = graphql(`
  fragment CachedCommentIds on Activity {
    id
    comments {
      id
    }
  }
`);

/** True when `incoming` is not older than what is cached (pushes may arrive out of order). */
export function isNotOlder(cached: string | null | undefined, incoming: string | null): boolean {
  if (!cached || !incoming) return true;
  const [a, b] = [Date.parse(cached), Date.parse(incoming)];
  return Number.isNaN(a) || Number.isNaN(b) || b >= a;
}

/** What a push carries of an activity that can change after it was written. */
const LIVE_FIELDS = ['body', 'changes', 'editedAt', 'deletedAt', 'updatedAt', 'commentCount'] as const;

/**
 * Writes a `feed:item:updated` push over the cached activity, so every card showing it changes in
 * place: the text of an edit, a removal's tombstone, folded changes, the comment count, the
 * reaction counts of the activity and of its comments. Only what the push carries is replaced;
 * comments, "reacted by me" and the other per-viewer flags stay. An activity the cache does not
 * hold is left alone (no list shows it), and so is an older version.
 */
export function applyActivityUpdate(cache: ApolloCache, item: Activity, counts: PushedReactionCounts | null = null): LiveUpdateOutcome {
  const id = cache.identify({ __typename: 'Activity', id: item.id });
  if (!id) return 'absent';
  const cached = cache.readFragment({ fragment: CACHED_VERSION, id, returnPartialData: true });
  if (!cached?.id) return 'absent';
  if (!isNotOlder(cached.updatedAt, item.updatedAt)) return 'stale';
  const fields: Record<string, (value: unknown) => unknown> = Object.fromEntries(LIVE_FIELDS.map((field) => [field, () => item[field]]));
  if (counts) {
    fields.reactions = (current) => withPushedCounts(asSummaries(current), counts.activity);
    const shown = cache.readFragment({ fragment: CACHED_COMMENT_IDS, id, returnPartialData: true });
    for (const comment of shown?.comments ?? []) {
      const commentId = comment?.id ? cache.identify({ __typename: 'Comment', id: comment.id }) : undefined;
      if (!commentId) continue;
      cache.modify({
        id: commentId,
        fields: { reactions: (current) => withPushedCounts(asSummaries(current), counts.comments.get(comment.id) ?? []) },
      });
    }
  }
  cache.modify({ id, fields });
  return 'applied';
}

/** Reaction summaries are stored inline (they have no id), so the cached value is the list itself. */
function asSummaries(value: unknown): ReactionSummary[] {
  return Array.isArray(value) ? value.filter(isSummary) : [];
}

function isSummary(value: unknown): value is ReactionSummary {
  return typeof value === 'object' && value !== null && 'reaction' in value && 'reactedByMe' in value;
}
