import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import type { SubjectRef } from 'src/modules/feed/graphql/feed.types';
import { FollowRow } from 'src/modules/follows/components/FollowRow';
import { FOLLOWING_QUERY } from 'src/modules/records/graphql/follow.documents';

// Records first (the follows whose filters matter most), then people, teams and topics.
const ORDER = ['ACCOUNT', 'DEAL', 'CASE', 'DOCUMENT', 'EMPLOYEE', 'TEAM', 'TOPIC'];
const byKindThenName = (a: SubjectRef, b: SubjectRef) =>
  ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.name.localeCompare(b.name);

/** `/follows`: everything I follow, what each follow delivers, and a way to change or end it. */
export function MyFollowsPage() {
  const { data, loading, error, refetch } = useQuery(FOLLOWING_QUERY, { fetchPolicy: 'cache-and-network' });
  const following = [...(data?.following ?? [])].sort(byKindThenName);

  return (
    <div className="page page--follows" data-testid="follows-page">
      <header className="page__header">
        <h1>My follows</h1>
        <p className="muted">What reaches your feed, and what each follow tells you about.</p>
      </header>
      {error && following.length === 0 ? (
        <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : loading && following.length === 0 ? (
        <p className="muted">Loading…</p>
      ) : following.length === 0 ? (
        <div className="card notice">
          <p>You follow nothing yet.</p>
          <p className="muted">
            Follow an account, deal, case or document from its page, starting with the <Link to="/accounts">accounts list</Link>.
          </p>
        </div>
      ) : (
        <ul className="follows card" aria-label="Follows" data-testid="follows-list">
          {following.map((subject) => (
            <FollowRow key={subject.id} subject={subject} />
          ))}
        </ul>
      )}
    </div>
  );
}
