import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { ADD_COMMENT } from 'src/modules/feed/graphql/feed.documents';

export function useAddComment(activityId: string) {
  return useMutation(ADD_COMMENT, {
    update(cache, { data }) {
      const comment = data?.comment;
      if (!comment) return;
      cache.modify({
        id: cache.identify({ __typename: 'Activity', id: activityId }),
        fields: {
          comments(existing: readonly Reference[] = [], { readField, toReference }) {
            if (existing.some((ref) => readField('id', ref) === comment.id)) return existing;
            const ref = toReference({ __typename: 'Comment', id: comment.id });
            return ref ? [...existing, ref] : existing;
          },
          commentCount(count: number) {
            return count + 1;
          },
        },
      });
    },
  });
}
