import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { tokenStore } from 'src/modules/auth/utils/token-store';
import { feedFieldPolicy } from 'src/modules/feed/utils/feed-field-policy';

export function createApolloClient(): ApolloClient {
  const authLink = new SetContextLink((prevContext) => {
    const token = tokenStore.get();
    if (!token) return {};
    return { headers: { ...(prevContext.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` } };
  });

  // An expired or revoked token: drop it, and the app falls back to the login page.
  const errorLink = new ErrorLink(({ error }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
    ) {
      tokenStore.clear();
    }
  });

  const httpLink = new HttpLink({ uri: '/graphql' });

  const client = new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            feed: feedFieldPolicy,
          },
        },
      },
    }),
  });

  // Another session's data must not outlive it. This runs before React re-renders for the
  // new token, so the next screen never sees the previous employee's cache.
  let sessionToken = tokenStore.get();
  tokenStore.subscribe(() => {
    const next = tokenStore.get();
    if (sessionToken !== null && next !== sessionToken) void client.clearStore().catch(() => undefined);
    sessionToken = next;
  });

  return client;
}
