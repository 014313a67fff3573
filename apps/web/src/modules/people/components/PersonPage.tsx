import { useQuery } from '@apollo/client/react';
import { useViewer } from 'src/modules/auth/hooks/useViewer';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { errorCode } from 'src/modules/api/utils/graphql-error';
import { FeedList } from 'src/modules/feed/components/FeedList';
import { useLiveFeed } from 'src/modules/feed/hooks/useLiveFeed';
import { InfluenceBadge } from 'src/modules/people/components/InfluenceBadge';
import { PERSON_QUERY } from 'src/modules/people/graphql/people.documents';
import { FollowButton } from 'src/modules/records/components/FollowButton';
import { humanizeEnum } from 'src/modules/records/utils/labels';

/** `/people/:id`: a colleague, their teams, their influence, and their feed. */
export function PersonPage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(PERSON_QUERY, { variables: { id } });
  const person = data?.employee;
  const viewer = useViewer();
  // Posts by the person and about them (their activities name them as a related subject).
  const feed = useLiveFeed({
    filter: 'SUBJECT',
    subjectId: id,
    route: (item) => (item.subjectId === id || item.actor?.id === id ? 'show' : 'ignore'),
  });

  if (!data && !(error && errorCode(error) === 'NOT_FOUND')) {
    return (
      <div className="page page--feed">
        {error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : <p className="muted" aria-busy="true">Loading…</p>}
      </div>
    );
  }
  if (!person) {
    return (
      <div className="page page--feed">
        <div className="notice">
          <strong>Not found</strong>
          <p>There is no colleague with this address.</p>
        </div>
      </div>
    );
  }

  return (
    <div className="page page--feed" data-testid="person-page">
      <header className="subject-header card">
        <div className="subject-header__top">
          <div>
            <p className="eyebrow">
              Colleague{person.role === 'ADMIN' && <span className="badge">{humanizeEnum(person.role)}</span>}
            </p>
            <h1 className="subject-header__title" data-testid="person-name">
              {person.name}
            </h1>
            <p className="subject-header__facts">
              {person.title && <span>{person.title}</span>}
              <span>@{person.handle}</span>
            </p>
          </div>
          {/* Your own doings already reach you; the API refuses following yourself. */}
          {viewer !== null && viewer.id !== person.id && (
            <FollowButton
              target={{ __typename: 'Employee', id: person.id, isFollowedByMe: person.isFollowedByMe }}
              followersCount={person.followersCount}
            />
          )}
        </div>
        {person.teams.length > 0 && (
          <ul className="team-list" aria-label="Teams">
            {person.teams.map((team) => (
              <li key={team.id} className="chip">
                {team.name}
              </li>
            ))}
          </ul>
        )}
        <InfluenceBadge influence={person.influence} />
      </header>
      <FeedList
        feed={feed}
        label={`Activity of ${person.name}`}
        emptyMessage={<p className="muted">Nothing by or about {person.name} that you can open yet.</p>}
      />
    </div>
  );
}
