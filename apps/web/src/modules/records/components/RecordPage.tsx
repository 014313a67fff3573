import { useMemo, type ReactNode } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { RecordFeed } from 'src/modules/records/components/RecordFeed';
import { RecordHeader } from 'src/modules/records/components/RecordHeader';
import { RecordStatus } from 'src/modules/records/components/RecordStatus';
import type { Visibility } from 'src/modules/records/graphql/records.types';
import type { RecordTypename } from 'src/modules/records/hooks/useFollowToggle';
import { useRecordLiveRefresh } from 'src/modules/records/hooks/useRecordLiveRefresh';
import { useRecordUpdate } from 'src/modules/records/hooks/useRecordUpdate';

/** What every record page reads of its record. */
interface PageRecord {
  __typename: RecordTypename;
  id: string;
  visibility: Visibility;
  followersCount: number;
  isFollowedByMe: boolean;
}

/** What a panel between the header and the feed may do: re-read the record, or its feed. */
export interface RecordPanelContext {
  refetch: () => void;
  refillFeed: () => void;
}

/**
 * One record kind's page: its query and update, what it shows in the header, and its panels. The
 * layout (header, panels, feed), the live feed and the live refresh are the same for every kind.
 */
export interface RecordKindDescription<TData, TRecord extends PageRecord, TInput> {
  query: TypedDocumentNode<TData, { id: string }>;
  update: TypedDocumentNode<unknown, { id: string; input: TInput }>;
  record: (data: TData) => TRecord;
  kindLabel: (record: TRecord) => string;
  title: (record: TRecord) => string;
  facts: (record: TRecord) => ReactNode;
  controls: (record: TRecord, save: (input: TInput) => Promise<void>) => ReactNode;
  /**
   * Subjects whose activity may roll up into this record's feed (an account's deals, cases and
   * documents): whether it does is the server's call, so their pushes re-read the newest page.
   */
  related?: (record: TRecord) => string[];
  /** Panels between the header and the feed, in order (an account's related records, a document's files). */
  panels?: (record: TRecord, context: RecordPanelContext) => ReactNode;
}

export function RecordPage<TData, TRecord extends PageRecord, TInput>({ id, kind }: { id: string; kind: RecordKindDescription<TData, TRecord, TInput> }) {
  const { data, error, refetch } = useQuery(kind.query, { variables: { id } });
  const record = data ? kind.record(data) : undefined;
  const relatedIds = useMemo(() => (record && kind.related ? kind.related(record) : []), [record, kind]);
  const feed = useLiveFeed({
    filter: 'SUBJECT',
    subjectId: id,
    route: (item) => (item.subjectId === id ? 'show' : relatedIds.includes(item.subjectId) ? 'refill' : 'ignore'),
  });
  const { save, error: saveError } = useRecordUpdate(kind.update, id, () => void feed.refill());
  useRecordLiveRefresh([id, ...relatedIds], refetch);

  if (!record) return <RecordStatus error={error} onRetry={() => void refetch()} />;
  const title = kind.title(record);

  return (
    <div className="page page--record" data-testid="record-page" data-record-id={record.id}>
      <RecordHeader
        kindLabel={kind.kindLabel(record)}
        title={title}
        visibility={record.visibility}
        followTarget={{ __typename: record.__typename, id: record.id, isFollowedByMe: record.isFollowedByMe }}
        followersCount={record.followersCount}
        saveError={saveError}
        facts={kind.facts(record)}
        controls={kind.controls(record, save)}
      />
      {kind.panels?.(record, { refetch: () => void refetch(), refillFeed: () => void feed.refill() })}
      <RecordFeed subjectId={record.id} subjectName={title} feed={feed} />
    </div>
  );
}
