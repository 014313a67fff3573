import { useFeedItems, useFeedItemUpdates } from 'src/modules/realtime/hooks/useRealtime';
import type { FeedItemEvent } from 'src/modules/realtime/utils/feed-item-event';

/**
 * Re-reads a record when a pushed change concerns it (or, for an account, one of its
 * deals, cases or documents), so fields edited by colleagues do not go stale on screen. A change
 * folded into an earlier activity arrives as an update of it.
 */
export function useRecordLiveRefresh(ids: readonly string[], refetch: () => unknown): void {
  const onItem = ({ item }: FeedItemEvent) => {
    if (item.kind === 'RECORD_CHANGE' && ids.includes(item.subjectId)) void refetch();
  };
  useFeedItems(onItem);
  useFeedItemUpdates(onItem);
}
