import { NavLink } from 'react-router-dom';

const tabClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'tabs__tab tabs__tab--active' : 'tabs__tab');

/** The home page's two feeds: everything followed, and what is addressed to me. */
export function FeedTabs() {
  return (
    <nav className="tabs" aria-label="Feeds">
      <NavLink to="/" end className={tabClass} data-testid="tab-following">
        Following
      </NavLink>
      <NavLink to="/mentions" end className={tabClass} data-testid="tab-mentions">
        Mentions &amp; replies
      </NavLink>
    </nav>
  );
}
