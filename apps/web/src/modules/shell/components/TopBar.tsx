import { Link } from 'react-router-dom';
import { SIDE_NAVIGATION } from 'src/modules/shell/utils/navigation';
import { NotificationBell } from 'src/modules/notifications/components/NotificationBell';
import { ConnectionStatus } from 'src/modules/realtime/components/ConnectionStatus';
import { SearchBox } from 'src/modules/search/components/SearchBox';
import { ProfileMenu } from 'src/modules/shell/components/ProfileMenu';
import { Tooltip } from 'src/modules/ui/components/Tooltip';

interface TopBarProps {
  navOpen: boolean;
  onToggleNav: () => void;
}

export function TopBar({ navOpen, onToggleNav }: TopBarProps) {
  return (
    <header className="topbar">
      <Tooltip label="Navigation">
        <button
          type="button"
          className="topbar__menu"
          aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpen}
          aria-controls={navOpen ? SIDE_NAVIGATION : undefined}
          data-testid="nav-toggle"
          onClick={onToggleNav}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M4 6h16v2H4zm0 5h16v2H4zm0 5h16v2H4z" fill="currentColor" />
          </svg>
        </button>
      </Tooltip>
      <Link to="/" className="topbar__brand">
        Tidings
      </Link>
      <SearchBox />
      <div className="topbar__right">
        <ConnectionStatus />
        <NotificationBell />
        <ProfileMenu />
      </div>
    </header>
  );
}
