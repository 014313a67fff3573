import { useFeedItems } from 'src/modules/realtime/hooks/useRealtime';

/**
 * Re-reads a record when a pushed change concerns it (or, for an account, one of its
 * deals, cases or documents), so fields edited by colleagues do not go stale on screen.
 */
export function useRecordLiveRefresh(ids: readonly string[], refetch: () => unknown): void {
  useFeedItems(({ item }) => {
    if (item.kind === 'RECORD_CHANGE' && ids.includes(item.subjectId)) void refetch();
  });
}
