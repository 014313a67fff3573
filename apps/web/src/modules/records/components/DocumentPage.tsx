import { Link } from 'react-router-dom';
import type { DocumentQuery, UpdateDocumentInput } from 'src/gql/graphql';
import { DocumentWorkspace } from 'src/modules/documents/components/DocumentWorkspace';
import { FieldSelect } from 'src/modules/records/components/FieldSelect';
import { OwnerSelect } from 'src/modules/records/components/OwnerSelect';
import { EnumChip, Fact } from 'src/modules/records/components/RecordHeader';
import { RecordPage, type RecordKindDescription } from 'src/modules/records/components/RecordPage';
import { DOCUMENT_QUERY, UPDATE_DOCUMENT } from 'src/modules/records/graphql/records.documents';
import { enumOptions } from 'src/modules/records/utils/enum-options';
import { humanizeEnum, statusesSettableByHand } from 'src/modules/records/utils/labels';
import { subjectPath } from 'src/modules/records/utils/subject-path';

export const DOCUMENT_PAGE: RecordKindDescription<DocumentQuery, DocumentQuery['document'], UpdateDocumentInput> = {
  query: DOCUMENT_QUERY,
  update: UPDATE_DOCUMENT,
  record: (data) => data.document,
  kindLabel: (doc) => `Document · ${humanizeEnum(doc.kind)}`,
  title: (doc) => doc.title,
  facts: (doc) => (
    <>
      <Fact label="Kind">{humanizeEnum(doc.kind)}</Fact>
      <Fact label="Status">
        <EnumChip value={doc.status} />
      </Fact>
      {doc.account && (
        <Fact label="Account">
          <Link to={subjectPath(doc.account.id) ?? '/accounts'}>{doc.account.name}</Link>
        </Fact>
      )}
      {doc.deal && (
        <Fact label="Deal">
          <Link to={subjectPath(doc.deal.id) ?? '/accounts'}>{doc.deal.name}</Link>
        </Fact>
      )}
    </>
  ),
  controls: (doc, save) => (
    <>
      {/* Review and approval happen in the approval panel; by hand a document is signed or reopened. */}
      {statusesSettableByHand(doc.status).length > 0 && (
        <FieldSelect
          label="Status"
          testId="status-select"
          value={doc.status}
          options={enumOptions([doc.status, ...statusesSettableByHand(doc.status)])}
          onChange={(status) => save({ status })}
        />
      )}
      <OwnerSelect owner={doc.owner} onChange={(ownerId) => save({ ownerId })} />
    </>
  ),
  panels: (doc, { refetch, refillFeed }) => (
    <DocumentWorkspace
      documentId={doc.id}
      onChanged={() => {
        refetch();
        refillFeed();
      }}
    />
  ),
};

export function DocumentPage({ id }: { id: string }) {
  return <RecordPage id={id} kind={DOCUMENT_PAGE} />;
}
