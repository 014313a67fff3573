import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { FieldSelect } from 'src/modules/records/components/FieldSelect';
import { OwnerSelect } from 'src/modules/records/components/OwnerSelect';
import { RecordFeed } from 'src/modules/records/components/RecordFeed';
import { Fact, RecordHeader } from 'src/modules/records/components/RecordHeader';
import { RecordStatus } from 'src/modules/records/components/RecordStatus';
import { DEAL_QUERY, UPDATE_DEAL } from 'src/modules/records/graphql/records.documents';
import { useRecordLiveRefresh } from 'src/modules/records/hooks/useRecordLiveRefresh';
import { useRecordUpdate } from 'src/modules/records/hooks/useRecordUpdate';
import { enumOptions } from 'src/modules/records/utils/enum-options';
import { DEAL_STAGES, formatAmount, formatDay } from 'src/modules/records/utils/labels';
import { subjectPath } from 'src/modules/records/utils/subject-path';

const STAGE_OPTIONS = enumOptions(DEAL_STAGES);

export function DealPage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(DEAL_QUERY, { variables: { id } });
  const feed = useLiveFeed({
    filter: 'SUBJECT',
    subjectId: id,
    route: (item) => (item.subjectId === id ? 'show' : 'ignore'),
  });
  const { save, error: saveError } = useRecordUpdate(UPDATE_DEAL, id, () => void feed.refill());
  useRecordLiveRefresh([id], refetch);

  if (!data) return <RecordStatus error={error} onRetry={() => void refetch()} />;
  const deal = data.deal;

  return (
    <div className="page page--record" data-testid="record-page" data-record-id={deal.id}>
      <RecordHeader
        kindLabel="Deal"
        title={deal.name}
        visibility={deal.visibility}
        followTarget={{ __typename: 'Deal', id: deal.id, isFollowedByMe: deal.isFollowedByMe }}
        followersCount={deal.followersCount}
        saveError={saveError}
        // Stage, status, priority and owner show once: as the controls that change them.
        facts={
          <>
            <Fact label="Account">
              <Link to={subjectPath(deal.account.id) ?? '/accounts'}>{deal.account.name}</Link>
            </Fact>
            <Fact label="Amount">{formatAmount(deal.amount)}</Fact>
            <Fact label="Close date">{deal.closeDate ? formatDay(deal.closeDate) : '—'}</Fact>
          </>
        }
        controls={
          <>
            <FieldSelect
              label="Stage"
              testId="stage-select"
              value={deal.stage}
              options={STAGE_OPTIONS}
              onChange={(stage) => save({ stage })}
            />
            <OwnerSelect owner={deal.owner} onChange={(ownerId) => save({ ownerId })} />
          </>
        }
      />
      <RecordFeed subjectId={deal.id} subjectName={deal.name} feed={feed} />
    </div>
  );
}
