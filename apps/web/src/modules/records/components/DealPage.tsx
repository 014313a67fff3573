import { Link } from 'react-router-dom';
import type { DealQuery, UpdateDealInput } from 'src/gql/graphql';
import { FieldSelect } from 'src/modules/records/components/FieldSelect';
import { OwnerSelect } from 'src/modules/records/components/OwnerSelect';
import { Fact } from 'src/modules/records/components/RecordHeader';
import { RecordPage, type RecordKindDescription } from 'src/modules/records/components/RecordPage';
import { DEAL_QUERY, UPDATE_DEAL } from 'src/modules/records/graphql/records.documents';
import { enumOptions } from 'src/modules/records/utils/enum-options';
import { DEAL_STAGES, formatAmount, formatDay } from 'src/modules/records/utils/labels';
import { subjectPath } from 'src/modules/records/utils/subject-path';

const STAGE_OPTIONS = enumOptions(DEAL_STAGES);

export const DEAL_PAGE: RecordKindDescription<DealQuery, DealQuery['deal'], UpdateDealInput> = {
  query: DEAL_QUERY,
  update: UPDATE_DEAL,
  record: (data) => data.deal,
  kindLabel: () => 'Deal',
  title: (deal) => deal.name,
  // Stage, status, priority and owner show once: as the controls that change them.
  facts: (deal) => (
    <>
      <Fact label="Account">
        <Link to={subjectPath(deal.account.id) ?? '/accounts'}>{deal.account.name}</Link>
      </Fact>
      <Fact label="Amount">{formatAmount(deal.amount)}</Fact>
      <Fact label="Close date">{deal.closeDate ? formatDay(deal.closeDate) : '—'}</Fact>
    </>
  ),
  controls: (deal, save) => (
    <>
      <FieldSelect label="Stage" testId="stage-select" value={deal.stage} options={STAGE_OPTIONS} onChange={(stage) => save({ stage })} />
      <OwnerSelect owner={deal.owner} onChange={(ownerId) => save({ ownerId })} />
    </>
  ),
};

export function DealPage({ id }: { id: string }) {
  return <RecordPage id={id} kind={DEAL_PAGE} />;
}
