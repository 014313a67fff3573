import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { FOLLOW, FOLLOWING_QUERY, UNFOLLOW } from 'src/modules/records/graphql/follow.documents';

export type RecordTypename = 'Account' | 'Deal' | 'Case' | 'Document';
export const RECORD_TYPENAMES: readonly string[] = ['Account', 'Deal', 'Case', 'Document'];

export interface FollowTarget {
  // Any followable subject: a record, a colleague or a topic.
  __typename: RecordTypename | 'Employee' | 'Topic';
  id: string;
  isFollowedByMe: boolean;
}

/** follow/unfollow answer only a Boolean, so the record's own counters are updated here. */
export function useFollowToggle(target: FollowTarget) {
  const [error, setError] = useState<unknown>(null);
  const options = { refetchQueries: [{ query: FOLLOWING_QUERY }] };
  const [follow, followState] = useMutation(FOLLOW, options);
  const [unfollow, unfollowState] = useMutation(UNFOLLOW, options);

  const toggle = async () => {
    const next = !target.isFollowedByMe;
    const applied = (cache: ApolloCache, changed: boolean | undefined) => {
      if (!changed) return;
      cache.modify({
        id: cache.identify({ __typename: target.__typename, id: target.id }),
        fields: {
          isFollowedByMe: () => next,
          followersCount: (count: number) => Math.max(0, count + (next ? 1 : -1)),
        },
      });
    };
    setError(null);
    try {
      const variables = { subjectId: target.id };
      if (next) {
        await follow({ variables, update: (cache, { data }) => applied(cache, data?.follow) });
      } else {
        await unfollow({ variables, update: (cache, { data }) => applied(cache, data?.unfollow) });
      }
    } catch (caught) {
      setError(caught);
    }
  };

  return { toggle, busy: followState.loading || unfollowState.loading, error };
}
