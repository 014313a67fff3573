import { useState } from 'react';
import { RecordStatus } from 'src/modules/records/components/RecordStatus';
import { ApprovalPanel } from 'src/modules/documents/components/ApprovalPanel';
import { DiffView } from 'src/modules/documents/components/DiffView';
import { UploadPanel } from 'src/modules/documents/components/UploadPanel';
import { VersionList } from 'src/modules/documents/components/VersionList';
import { useDocumentFiles } from 'src/modules/documents/hooks/useDocumentFiles';

/** A document's files: versions, upload, the diff between two of them, and the approval panel. */
export function DocumentWorkspace({ documentId, onChanged }: { documentId: string; onChanged: () => void }) {
  const { data, error, refetch } = useDocumentFiles(documentId);
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);
  if (!data) return <RecordStatus error={error} onRetry={() => void refetch()} />;
  const doc = data.document;
  const changed = () => {
    void refetch();
    onChanged();
  };
  return (
    <div className="doc-workspace">
      <section className="card doc-files" aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="section-title">
          Versions
        </h2>
        <VersionList versions={doc.versions} onCompare={(from, to) => setCompare({ from, to })} />
        {doc.status !== 'SIGNED' && <UploadPanel documentId={doc.id} nextVersion={doc.versions.length + 1} onUploaded={changed} />}
      </section>
      {compare && <DiffView documentId={doc.id} from={compare.from} to={compare.to} onClose={() => setCompare(null)} />}
      <ApprovalPanel document={doc} onChanged={changed} />
    </div>
  );
}
