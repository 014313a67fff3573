import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { useViewer } from 'src/modules/auth/hooks/useViewer';
import { APPROVE_DOCUMENT, REJECT_DOCUMENT, SUBMIT_FOR_REVIEW } from 'src/modules/documents/graphql/documents.documents';
import type { DocumentFiles } from 'src/modules/documents/graphql/documents.types';
import { EnumChip } from 'src/modules/records/components/RecordHeader';
import { useEmployees } from 'src/modules/records/hooks/useEmployees';
import { humanizeEnum } from 'src/modules/records/utils/labels';

/**
 * The review: who approves and what each answered; a draft can be submitted to chosen approvers,
 * and a pending approver approves or rejects (with a reason) right here.
 */
export function ApprovalPanel({ document: doc, onChanged }: { document: DocumentFiles; onChanged: () => void }) {
  const viewer = useViewer();
  const { employees } = useEmployees();
  const [chosen, setChosen] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [submit, submitting] = useMutation(SUBMIT_FOR_REVIEW);
  const [approve, approving] = useMutation(APPROVE_DOCUMENT);
  const [reject, rejecting] = useMutation(REJECT_DOCUMENT);
  const [error, setError] = useState<unknown>(null);
  const busy = submitting.loading || approving.loading || rejecting.loading;
  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().then(() => {
      setComment('');
      onChanged();
    }, setError);
  };

  const approvals = doc.review?.approvals ?? [];
  const inReview = doc.status === 'IN_REVIEW';
  const mine = approvals.find((a) => a.approver.id === viewer?.id);
  const canSubmit = (doc.status === 'DRAFT' || doc.status === 'REJECTED') && doc.versions.length > 0;

  return (
    <section className="approvals card" aria-labelledby="approvals-heading" data-testid="approval-panel">
      <div className="approvals__header">
        <h3 id="approvals-heading">Approval</h3>
        <span data-testid="document-status">
          <EnumChip value={doc.status} />
        </span>
        {doc.review && <span className="muted">round {doc.review.round}</span>}
      </div>
      {approvals.length > 0 && (
        <ul className="approvals__list">
          {approvals.map((a) => (
            <li key={a.approver.id} data-testid="approval" data-state={a.state}>
              <span>{a.approver.name}</span> <span className={`chip tone-${a.state.toLowerCase()}`}>{humanizeEnum(a.state)}</span>
              {a.comment && <span className="muted"> “{a.comment}”</span>}
            </li>
          ))}
        </ul>
      )}
      {inReview && mine?.state === 'PENDING' && (
        <div className="approvals__answer">
          <input type="text" aria-label="Comment" placeholder="Comment (needed to reject)" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
          <button
            type="button"
            className="button button--primary"
            data-testid="approve"
            disabled={busy}
            onClick={() => run(() => approve({ variables: { documentId: doc.id, comment: comment.trim() || null } }))}
          >
            Approve
          </button>
          <button type="button" className="button" data-testid="reject" disabled={busy || !comment.trim()} onClick={() => run(() => reject({ variables: { documentId: doc.id, comment } }))}>
            Reject
          </button>
        </div>
      )}
      {canSubmit && (
        <fieldset className="approvals__submit">
          <legend>Ask for approval</legend>
          <div className="approvals__people">
            {employees
              .filter((e) => e.id !== viewer?.id)
              .map((e) => (
                <label key={e.id}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(e.id)}
                    onChange={(event) => setChosen((ids) => (event.target.checked ? [...ids, e.id] : ids.filter((id) => id !== e.id)))}
                  />{' '}
                  {e.name}
                </label>
              ))}
          </div>
          <button
            type="button"
            className="button button--primary"
            data-testid="submit-for-review"
            disabled={busy || chosen.length === 0}
            onClick={() => run(() => submit({ variables: { documentId: doc.id, approverIds: chosen } }).then(() => setChosen([])))}
          >
            Submit for review
          </button>
        </fieldset>
      )}
      {error !== null && <ErrorNotice error={error} title="That step did not go through" />}
    </section>
  );
}
