import { Link } from 'react-router-dom';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { LOGOUT, ME_QUERY } from 'src/modules/auth/graphql/auth.documents';
import { tokenStore } from 'src/modules/auth/utils/token-store';
import { NotificationBell } from 'src/modules/notifications/components/NotificationBell';
import { ConnectionStatus } from 'src/modules/realtime/components/ConnectionStatus';
import { SearchBox } from 'src/modules/search/components/SearchBox';

export function TopBar() {
  const { data } = useQuery(ME_QUERY);
  const me = data?.me;
  const client = useApolloClient();
  // Ends the session on the server too: the token stops working everywhere, sockets close.
  const signOut = async () => {
    await client.mutate({ mutation: LOGOUT }).catch(() => undefined);
    tokenStore.clear();
    await client.clearStore();
  };

  return (
    <header className="topbar">
      <Link to="/" className="topbar__brand">
        Tidings
      </Link>
      <SearchBox />
      <div className="topbar__right">
        <ConnectionStatus />
        <NotificationBell />
        {me && (
          <span className="topbar__me" data-testid="current-employee" title={me.email}>
            <span className="topbar__name">{me.name}</span>
            {me.title && <span className="topbar__title muted">{me.title}</span>}
          </span>
        )}
        <button
          type="button"
          className="button button--quiet"
          data-testid="sign-out"
          onClick={() => void signOut()}
        >
          Sign out
        </button>
      </div>
    </header>
  );
}
