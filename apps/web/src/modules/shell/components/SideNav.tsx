import { NavLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ME_QUERY } from 'src/modules/auth/graphql/auth.documents';
import { FOLLOWING_QUERY } from 'src/modules/records/graphql/follow.documents';
import { SubjectLink } from 'src/modules/records/components/SubjectLink';
import { subjectContext } from 'src/modules/records/utils/labels';
import { TrendingTopics } from 'src/modules/topics/components/TrendingTopics';

const navClass = ({ isActive }: { isActive: boolean }) =>
  isActive ? 'sidenav__link sidenav__link--active' : 'sidenav__link';

export function SideNav() {
  const { data, loading } = useQuery(FOLLOWING_QUERY);
  const following = data?.following ?? [];
  const isAdmin = useQuery(ME_QUERY).data?.me.role === 'ADMIN';

  return (
    <nav className="sidenav" aria-label="Main">
      <ul className="sidenav__main">
        <li>
          <NavLink to="/" end className={navClass} data-testid="nav-following">
            Following
          </NavLink>
        </li>
        <li>
          <NavLink to="/accounts" end className={navClass} data-testid="nav-accounts">
            Accounts
          </NavLink>
        </li>
        <li>
          <NavLink to="/social" end className={navClass} data-testid="nav-social">
            Social inbox
          </NavLink>
        </li>
        <li>
          <NavLink to="/insights" end className={navClass} data-testid="nav-insights">
            Insights
          </NavLink>
        </li>
        <li>
          <NavLink to="/saved" end className={navClass} data-testid="nav-saved">
            Saved
          </NavLink>
        </li>
        <li>
          <NavLink to="/notifications" end className={navClass} data-testid="nav-notifications">
            Notifications
          </NavLink>
        </li>
        {isAdmin && (
          <li>
            <NavLink to="/admin/integrations" end className={navClass} data-testid="nav-integrations">
              Integrations
            </NavLink>
          </li>
        )}
      </ul>
      <h2 className="sidenav__heading" id="following-heading">
        You follow
      </h2>
      {loading && following.length === 0 ? (
        <p className="muted sidenav__hint">Loading…</p>
      ) : following.length === 0 ? (
        <p className="muted sidenav__hint">Nothing yet. Follow a record from its page.</p>
      ) : (
        <ul className="sidenav__following" aria-labelledby="following-heading" data-testid="following-list">
          {following.map((subject) => (
            <li key={subject.id} title={`${subject.name} (${subjectContext(subject)})`}>
              <span className={`kind-dot kind-dot--${subject.kind.toLowerCase()}`} aria-hidden="true" />
              <span className="sidenav__subject-text">
                <SubjectLink subject={subject} className="sidenav__subject" />
                {subject.accountName && <span className="sidenav__context muted">{subject.accountName}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      <TrendingTopics />
    </nav>
  );
}
