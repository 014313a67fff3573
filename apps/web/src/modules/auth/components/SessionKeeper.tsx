import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { REFRESH_TOKEN } from 'src/modules/auth/graphql/auth.documents';
import { tokenStore } from 'src/modules/auth/utils/token-store';

// Tokens are short-lived (an hour by default); renew well before the end.
const REFRESH_EVERY_MS = 10 * 60 * 1000;

/** Keeps the signed-in session's token fresh while the app is open. Renders nothing. */
export function SessionKeeper() {
  const client = useApolloClient();
  useEffect(() => {
    const timer = window.setInterval(() => {
      client
        .mutate({ mutation: REFRESH_TOKEN })
        .then(({ data }) => data?.refreshToken && tokenStore.set(data.refreshToken))
        .catch(() => undefined); // an ended session is handled by the error link and the socket
    }, REFRESH_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [client]);
  return null;
}
