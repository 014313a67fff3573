import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { REACT, UNREACT } from 'src/modules/feed/graphql/conversation.documents';
import type { Reaction, ReactionSummary } from 'src/modules/feed/graphql/feed.types';
import { toggleReaction } from 'src/modules/feed/utils/reactions';

interface Target {
  activityId: string;
  commentId?: string;
}

/** Toggles my reaction on an activity or a comment; the click shows at once (optimistic). */
export function useReactionToggle({ activityId, commentId }: Target, current: readonly ReactionSummary[]) {
  const [react] = useMutation(REACT);
  const [unreact] = useMutation(UNREACT);
  const [error, setError] = useState<unknown>(null);

  const store = (cache: ApolloCache, reactions: ReactionSummary[] | undefined) => {
    if (!reactions) return;
    const id = commentId
      ? cache.identify({ __typename: 'Comment', id: commentId })
      : cache.identify({ __typename: 'Activity', id: activityId });
    cache.modify({ id, fields: { reactions: () => reactions } });
  };

  const toggle = async (reaction: Reaction) => {
    const mine = current.some((summary) => summary.reaction === reaction && summary.reactedByMe);
    const next = toggleReaction(current, reaction);
    const variables = { activityId, commentId: commentId ?? null, reaction };
    setError(null);
    try {
      if (mine) {
        await unreact({ variables, optimisticResponse: { unreact: next }, update: (cache, { data }) => store(cache, data?.unreact) });
      } else {
        await react({ variables, optimisticResponse: { react: next }, update: (cache, { data }) => store(cache, data?.react) });
      }
    } catch (caught) {
      setError(caught);
    }
  };

  return { toggle, error };
}
