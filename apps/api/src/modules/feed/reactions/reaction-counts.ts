import { DataSource } from 'typeorm';
import { Reaction, REACTION_EMOJI } from '../feed.enums';

/** How many people reacted one way: what everyone who has the item may see (no per-viewer flag). */
export interface ReactionCount {
  reaction: Reaction;
  emoji: string;
  count: number;
}

export interface CommentReactionCounts {
  commentId: string;
  reactions: ReactionCount[];
}

/** The reaction counts of an activity and of each of its comments that has any. */
export interface ActivityReactionCounts {
  reactions: ReactionCount[];
  commentReactions: CommentReactionCounts[];
}

/**
 * Reaction counts of many activities and of their comments in one statement, in the order each
 * reaction first appeared (as `reactions` answers in GraphQL). Pushes carry these to every viewer
 * alike, so they hold counts only: whether I am among them is mine to keep.
 */
export async function reactionCounts(db: DataSource, activityIds: readonly string[]): Promise<Map<string, ActivityReactionCounts>> {
  const byActivity = new Map<string, ActivityReactionCounts>();
  if (activityIds.length === 0) return byActivity;
  const rows: Array<{ activity_id: string; comment_id: string | null; reaction: Reaction; n: number }> = await db.query(
    `SELECT activity_id, comment_id, reaction, count(*)::int AS n FROM reactions
     WHERE activity_id = ANY($1::uuid[])
     GROUP BY activity_id, comment_id, reaction
     ORDER BY min(created_at), reaction`,
    [[...activityIds]],
  );
  for (const row of rows) {
    const counts = byActivity.get(row.activity_id) ?? { reactions: [], commentReactions: [] };
    byActivity.set(row.activity_id, counts);
    const count = { reaction: row.reaction, emoji: REACTION_EMOJI[row.reaction], count: row.n };
    if (!row.comment_id) {
      counts.reactions.push(count);
      continue;
    }
    const ofComment = counts.commentReactions.find((c) => c.commentId === row.comment_id);
    if (ofComment) ofComment.reactions.push(count);
    else counts.commentReactions.push({ commentId: row.comment_id, reactions: [count] });
  }
  return byActivity;
}
