import { useApolloClient } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import {
  BOOKMARK,
  EDIT_COMMENT,
  EDIT_POST,
  MUTE_THREAD,
  REMOVE_ACTIVITY,
  REMOVE_COMMENT,
  UNBOOKMARK,
  UNMUTE_THREAD,
} from 'src/modules/feed/graphql/conversation.documents';

const activityRef = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Activity', id });

/**
 * Edit, remove, bookmark and mute. Each answer is written into the cache, so every card showing
 * the activity changes at once; errors are thrown for the caller to show.
 */
export function useConversationActions() {
  const client = useApolloClient();

  const editPost = async (activityId: string, body: string) => {
    await client.mutate({ mutation: EDIT_POST, variables: { activityId, body } });
  };

  const editComment = async (commentId: string, body: string) => {
    await client.mutate({ mutation: EDIT_COMMENT, variables: { commentId, body } });
  };

  const removeActivity = async (activityId: string) => {
    await client.mutate({ mutation: REMOVE_ACTIVITY, variables: { activityId } });
  };

  const removeComment = async (commentId: string, activityId: string) => {
    await client.mutate({
      mutation: REMOVE_COMMENT,
      variables: { commentId },
      update(cache, { data }) {
        if (!data) return;
        // The count leaves removed comments out; a later push brings the server's own count.
        cache.modify({
          id: activityRef(cache, activityId),
          fields: { commentCount: (count: number) => Math.max(0, count - 1) },
        });
      },
    });
  };

  const setFlag = (activityId: string, field: 'isBookmarkedByMe' | 'isMutedByMe', value: boolean) => (cache: ApolloCache) => {
    cache.modify({ id: activityRef(cache, activityId), fields: { [field]: () => value } });
  };

  const setBookmarked = async (activityId: string, bookmarked: boolean) => {
    const update = (cache: ApolloCache) => {
      setFlag(activityId, 'isBookmarkedByMe', bookmarked)(cache);
      // The Saved list is read again when next shown.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'feed', args: { filter: 'BOOKMARKED', subjectId: null } });
    };
    if (bookmarked) await client.mutate({ mutation: BOOKMARK, variables: { activityId }, update });
    else await client.mutate({ mutation: UNBOOKMARK, variables: { activityId }, update });
  };

  const setMuted = async (activityId: string, muted: boolean) => {
    const update = setFlag(activityId, 'isMutedByMe', muted);
    if (muted) await client.mutate({ mutation: MUTE_THREAD, variables: { activityId }, update });
    else await client.mutate({ mutation: UNMUTE_THREAD, variables: { activityId }, update });
  };

  return { editPost, editComment, removeActivity, removeComment, setBookmarked, setMuted };
}
