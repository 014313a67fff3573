import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { DocumentWorkspace } from 'src/modules/documents/components/DocumentWorkspace';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { FieldSelect } from 'src/modules/records/components/FieldSelect';
import { OwnerSelect } from 'src/modules/records/components/OwnerSelect';
import { RecordFeed } from 'src/modules/records/components/RecordFeed';
import { EnumChip, Fact, RecordHeader } from 'src/modules/records/components/RecordHeader';
import { RecordStatus } from 'src/modules/records/components/RecordStatus';
import { DOCUMENT_QUERY, UPDATE_DOCUMENT } from 'src/modules/records/graphql/records.documents';
import { useRecordLiveRefresh } from 'src/modules/records/hooks/useRecordLiveRefresh';
import { useRecordUpdate } from 'src/modules/records/hooks/useRecordUpdate';
import { enumOptions } from 'src/modules/records/utils/enum-options';
import { humanizeEnum, statusesSettableByHand } from 'src/modules/records/utils/labels';
import { subjectPath } from 'src/modules/records/utils/subject-path';


export function DocumentPage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(DOCUMENT_QUERY, { variables: { id } });
  const feed = useLiveFeed({
    filter: 'SUBJECT',
    subjectId: id,
    route: (item) => (item.subjectId === id ? 'show' : 'ignore'),
  });
  const { save, error: saveError } = useRecordUpdate(UPDATE_DOCUMENT, id, () => void feed.refill());
  useRecordLiveRefresh([id], refetch);

  if (!data) return <RecordStatus error={error} onRetry={() => void refetch()} />;
  const doc = data.document;

  return (
    <div className="page page--record" data-testid="record-page" data-record-id={doc.id}>
      <RecordHeader
        kindLabel={`Document · ${humanizeEnum(doc.kind)}`}
        title={doc.title}
        visibility={doc.visibility}
        followTarget={{ __typename: 'Document', id: doc.id, isFollowedByMe: doc.isFollowedByMe }}
        followersCount={doc.followersCount}
        saveError={saveError}
        facts={
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
        }
        controls={
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
        }
      />
      <DocumentWorkspace
        documentId={doc.id}
        onChanged={() => {
          void refetch();
          void feed.refill();
        }}
      />
      <RecordFeed subjectId={doc.id} subjectName={doc.title} feed={feed} />
    </div>
  );
}
