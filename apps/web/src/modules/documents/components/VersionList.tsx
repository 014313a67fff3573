import { useState } from 'react';
import type { DocumentVersion } from 'src/modules/documents/graphql/documents.types';
import { downloadVersion, formatSize } from 'src/modules/documents/utils/upload-version';
import { RelativeTime } from 'src/modules/feed/components/RelativeTime';
import { useNow } from 'src/modules/feed/hooks/useNow';

interface VersionListProps {
  versions: DocumentVersion[];
  onCompare: (from: number, to: number) => void;
}

/** Newest first, each with who uploaded it, what changed, a download and a compare with the one before. */
export function VersionList({ versions, onCompare }: VersionListProps) {
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  if (versions.length === 0) return <p className="muted">No file yet. Upload the first version below.</p>;
  return (
    <>
      <ol className="version-list" aria-label="Versions" reversed>
        {[...versions].reverse().map((v) => (
          <li key={v.version} className="version" data-testid="version-row" data-version={v.version}>
            <div className="version__head">
              <strong>v{v.version}</strong>
              <span className="version__name">{v.fileName}</span>
              <span className="muted">
                {formatSize(v.size)} · {v.uploadedBy.name} · <RelativeTime iso={v.createdAt} now={now} />
              </span>
            </div>
            <p className="version__summary" data-testid="version-summary">
              {v.summary}
            </p>
            {v.note && <p className="version__note">“{v.note}”</p>}
            <div className="version__actions">
              <button type="button" className="button button--small" onClick={() => void downloadVersion(v.downloadPath, v.fileName).catch((e: Error) => setError(e.message))}>
                Download
              </button>
              {v.version > 1 && (
                <button type="button" className="button button--small" data-testid="compare-previous" onClick={() => onCompare(v.version - 1, v.version)}>
                  Compare with v{v.version - 1}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {error && <p className="form-error">{error}</p>}
    </>
  );
}
