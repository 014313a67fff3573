import { errorMessage } from 'src/modules/api/utils/graphql-error';
import type { SubjectRef } from 'src/modules/feed/graphql/feed.types';
import { FollowFilterMenu } from 'src/modules/records/components/FollowFilterMenu';
import { SubjectLink } from 'src/modules/records/components/SubjectLink';
import { useFollowToggle, type FollowTarget } from 'src/modules/records/hooks/useFollowToggle';
import { subjectContext } from 'src/modules/records/utils/labels';

const TYPENAMES: Partial<Record<SubjectRef['kind'], FollowTarget['__typename']>> = {
  ACCOUNT: 'Account',
  DEAL: 'Deal',
  CASE: 'Case',
  DOCUMENT: 'Document',
  EMPLOYEE: 'Employee',
  TOPIC: 'Topic',
};
const RECORD_KINDS: ReadonlyArray<SubjectRef['kind']> = ['ACCOUNT', 'DEAL', 'CASE', 'DOCUMENT'];

/** One follow: what it is, what it delivers (records can narrow that), and Unfollow. */
export function FollowRow({ subject }: { subject: SubjectRef }) {
  // Teams are followed through their page elsewhere; the cache entry to correct is the record's.
  const { toggle, busy, error } = useFollowToggle({ __typename: TYPENAMES[subject.kind] ?? 'Account', id: subject.id, isFollowedByMe: true });
  return (
    <li className="follows__row" data-testid="follow-row" data-subject-id={subject.id}>
      <span className={`kind-dot kind-dot--${subject.kind.toLowerCase()}`} aria-hidden="true" />
      <span className="follows__what">
        <SubjectLink subject={subject} className="follows__name" />
        <span className="muted follows__context">{subjectContext(subject)}</span>
      </span>
      <span className="follows__actions">
        {RECORD_KINDS.includes(subject.kind) && <FollowFilterMenu subjectId={subject.id} />}
        <button
          type="button"
          className="button button--small"
          data-testid="unfollow"
          aria-label={`Unfollow ${subject.name}`}
          disabled={busy}
          onClick={() => void toggle()}
        >
          Unfollow
        </button>
      </span>
      {error !== null && (
        <p className="form-error follows__error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </li>
  );
}
