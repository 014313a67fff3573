import { Link } from 'react-router-dom';
import type { CaseQuery, UpdateCaseInput } from 'src/gql/graphql';
import { FieldSelect } from 'src/modules/records/components/FieldSelect';
import { OwnerSelect } from 'src/modules/records/components/OwnerSelect';
import { Fact } from 'src/modules/records/components/RecordHeader';
import { RecordPage, type RecordKindDescription } from 'src/modules/records/components/RecordPage';
import { CASE_QUERY, UPDATE_CASE } from 'src/modules/records/graphql/records.documents';
import { enumOptions } from 'src/modules/records/utils/enum-options';
import { CASE_PRIORITIES, CASE_STATUSES, formatDay } from 'src/modules/records/utils/labels';
import { subjectPath } from 'src/modules/records/utils/subject-path';
import { CaseSocialPanel } from 'src/modules/social/components/CaseSocialPanel';

const STATUS_OPTIONS = enumOptions(CASE_STATUSES);
const PRIORITY_OPTIONS = enumOptions(CASE_PRIORITIES);

export const CASE_PAGE: RecordKindDescription<CaseQuery, CaseQuery['case'], UpdateCaseInput> = {
  query: CASE_QUERY,
  update: UPDATE_CASE,
  record: (data) => data.case,
  kindLabel: () => 'Case',
  title: (record) => record.subject,
  // Stage, status, priority and owner show once: as the controls that change them.
  facts: (record) => (
    <>
      <Fact label="Account">
        <Link to={subjectPath(record.account.id) ?? '/accounts'}>{record.account.name}</Link>
      </Fact>
      <Fact label="Opened">{formatDay(record.createdAt)}</Fact>
    </>
  ),
  controls: (record, save) => (
    <>
      <FieldSelect label="Status" testId="status-select" value={record.status} options={STATUS_OPTIONS} onChange={(status) => save({ status })} />
      <FieldSelect
        label="Priority"
        testId="priority-select"
        value={record.priority}
        options={PRIORITY_OPTIONS}
        onChange={(priority) => save({ priority })}
      />
      <OwnerSelect owner={record.owner} onChange={(ownerId) => save({ ownerId })} />
    </>
  ),
  // The case's own panels, between the header and the feed: its mentions, SLA and reply log.
  panels: (record) => <CaseSocialPanel caseId={record.id} />,
};

export function CasePage({ id }: { id: string }) {
  return <RecordPage id={id} kind={CASE_PAGE} />;
}
