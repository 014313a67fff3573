import { useEffect, useRef } from 'react';
import { useFeedItems, useSocialMentionEvents, useSocketConnects } from 'src/modules/realtime/hooks/useRealtime';

// A burst of mentions (a connector batch) costs one re-read, not one per mention.
const SETTLE_MS = 400;

const SOCIAL_KINDS = new Set(['SOCIAL_MENTION', 'SYSTEM', 'RECORD_CHANGE']);

/**
 * Re-reads social figures when a mention arrives or changes (`social:mention`), or a SOCIAL_MENTION,
 * SYSTEM or RECORD_CHANGE item reaches this employee's feed (a case opened from a mention, an SLA
 * notice, a status change), on `subjectIds` only when given; and after a reconnect.
 */
export function useSocialLiveRefresh(refetch: () => unknown, subjectIds?: readonly string[]): void {
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const schedule = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void Promise.resolve(latest.current()).catch(() => undefined), SETTLE_MS);
  };
  useFeedItems(({ item }) => {
    if (SOCIAL_KINDS.has(item.kind) && (!subjectIds || subjectIds.includes(item.subjectId))) schedule();
  });
  useSocialMentionEvents(({ mention }) => {
    if (!subjectIds || subjectIds.includes(mention.accountId ?? '') || subjectIds.includes(mention.caseId ?? '')) schedule();
  });
  useSocketConnects(({ reconnect }) => {
    if (reconnect) schedule();
  });
}
