import { Link } from 'react-router-dom';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { errorCode } from 'src/modules/api/utils/graphql-error';

const FINAL_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT']);

interface RecordStatusProps {
  error: unknown;
  onRetry: () => void;
}

/** What a record page shows before it has its record: loading, or the server's error. */
export function RecordStatus({ error, onRetry }: RecordStatusProps) {
  if (!error) {
    return (
      <div className="page page--record">
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      </div>
    );
  }
  // Asking again will not make a missing record appear.
  const retryable = !FINAL_CODES.has(errorCode(error) ?? '');
  return (
    <div className="page page--record">
      <ErrorNotice error={error} onRetry={retryable ? onRetry : undefined} />
      <p>
        <Link to="/accounts">Back to accounts</Link>
      </p>
    </div>
  );
}
