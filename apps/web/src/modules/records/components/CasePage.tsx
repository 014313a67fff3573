import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { FieldSelect } from 'src/modules/records/components/FieldSelect';
import { OwnerSelect } from 'src/modules/records/components/OwnerSelect';
import { RecordFeed } from 'src/modules/records/components/RecordFeed';
import { Fact, RecordHeader } from 'src/modules/records/components/RecordHeader';
import { RecordStatus } from 'src/modules/records/components/RecordStatus';
import { CASE_QUERY, UPDATE_CASE } from 'src/modules/records/graphql/records.documents';
import { useRecordLiveRefresh } from 'src/modules/records/hooks/useRecordLiveRefresh';
import { useRecordUpdate } from 'src/modules/records/hooks/useRecordUpdate';
import { enumOptions } from 'src/modules/records/utils/enum-options';
import { CASE_PRIORITIES, CASE_STATUSES, formatDay } from 'src/modules/records/utils/labels';
import { subjectPath } from 'src/modules/records/utils/subject-path';
import { CaseSocialPanel } from 'src/modules/social/components/CaseSocialPanel';

const STATUS_OPTIONS = enumOptions(CASE_STATUSES);
const PRIORITY_OPTIONS = enumOptions(CASE_PRIORITIES);

export function CasePage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(CASE_QUERY, { variables: { id } });
  const feed = useLiveFeed({
    filter: 'SUBJECT',
    subjectId: id,
    route: (item) => (item.subjectId === id ? 'show' : 'ignore'),
  });
  const { save, error: saveError } = useRecordUpdate(UPDATE_CASE, id, () => void feed.refill());
  useRecordLiveRefresh([id], refetch);

  if (!data) return <RecordStatus error={error} onRetry={() => void refetch()} />;
  const record = data.case;

  return (
    <div className="page page--record" data-testid="record-page" data-record-id={record.id}>
      <RecordHeader
        kindLabel="Case"
        title={record.subject}
        visibility={record.visibility}
        followTarget={{ __typename: 'Case', id: record.id, isFollowedByMe: record.isFollowedByMe }}
        followersCount={record.followersCount}
        saveError={saveError}
        // Stage, status, priority and owner show once: as the controls that change them.
        facts={
          <>
            <Fact label="Account">
              <Link to={subjectPath(record.account.id) ?? '/accounts'}>{record.account.name}</Link>
            </Fact>
            <Fact label="Opened">{formatDay(record.createdAt)}</Fact>
          </>
        }
        controls={
          <>
            <FieldSelect
              label="Status"
              testId="status-select"
              value={record.status}
              options={STATUS_OPTIONS}
              onChange={(status) => save({ status })}
            />
            <FieldSelect
              label="Priority"
              testId="priority-select"
              value={record.priority}
              options={PRIORITY_OPTIONS}
              onChange={(priority) => save({ priority })}
            />
            <OwnerSelect owner={record.owner} onChange={(ownerId) => save({ ownerId })} />
          </>
        }
      />
      <CaseSocialPanel caseId={record.id} />
      <RecordFeed subjectId={record.id} subjectName={record.subject} feed={feed} />
    </div>
  );
}
