import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { VERSION_DIFF_QUERY } from 'src/modules/documents/graphql/documents.documents';
import { sideBySide, type Segment } from 'src/modules/documents/utils/side-by-side';

interface DiffViewProps {
  documentId: string;
  from: number;
  to: number;
  onClose: () => void;
}

/** The old version on the left, the new on the right; changed words marked on both sides. */
export function DiffView({ documentId, from, to, onClose }: DiffViewProps) {
  const { data, error } = useQuery(VERSION_DIFF_QUERY, { variables: { documentId, from, to } });
  return (
    <section className="diff card" aria-label={`Changes from v${from} to v${to}`} data-testid="version-diff">
      <div className="diff__header">
        <h3>
          v{from} → v{to}
        </h3>
        {data && <span className="muted" data-testid="diff-summary">{data.versionDiff.summary}</span>}
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          Close
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      {data && (
        <div className="diff__grid" role="table" aria-label="Side-by-side changes">
          {sideBySide(data.versionDiff.blocks).map((row, i) => (
            <div key={i} className={`diff__row diff__row--${row.kind}`} role="row" data-testid="diff-row" data-kind={row.kind}>
              <div className="diff__cell diff__cell--old" role="cell">
                {row.left && <Segments segments={row.left} mark="del" />}
              </div>
              <div className="diff__cell diff__cell--new" role="cell">
                {row.right && <Segments segments={row.right} mark="ins" />}
              </div>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function Segments({ segments, mark }: { segments: Segment[]; mark: 'del' | 'ins' }) {
  const Mark = mark;
  return (
    <p>
      {segments.map((s, i) => (s.changed ? <Mark key={i}>{s.text}</Mark> : <span key={i}>{s.text}</span>))}
    </p>
  );
}
