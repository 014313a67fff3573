import type { ApolloClient } from '@apollo/client';
import { FEED_CATCH_UP_QUERY } from 'src/modules/feed/graphql/feed.documents';
import type { FeedEdge, FeedFilter } from 'src/modules/feed/graphql/feed.types';

// Pages this big (the API's largest), at most this many: past 2,000 missed items the gap is more
// than anyone scrolls through, and the list starts over from the newest page instead.
const CATCH_UP_PAGE = 100;
const CATCH_UP_MAX_PAGES = 20;

/**
 * Every feed item newer than `newest`, newest first, in the server's order: pages backward
 * (`last`/`before`) until `hasPreviousPage` is false, each page going above the one before it.
 * Null when the gap is longer than CATCH_UP_MAX_PAGES pages.
 */
export async function fetchNewerThan(
  client: ApolloClient,
  feed: { filter: FeedFilter; subjectId: string | null },
  newest: string,
): Promise<FeedEdge[] | null> {
  let caught: FeedEdge[] = [];
  let before = newest;
  for (let pages = 0; pages < CATCH_UP_MAX_PAGES; pages++) {
    const result = await client.query({
      query: FEED_CATCH_UP_QUERY,
      variables: { ...feed, last: CATCH_UP_PAGE, before },
      fetchPolicy: 'no-cache',
    });
    if (!result.data) throw new Error('a catch-up page came back empty');
    const { edges, pageInfo } = result.data.feed;
    caught = [...edges, ...caught];
    if (!pageInfo.hasPreviousPage || !pageInfo.startCursor) return caught;
    before = pageInfo.startCursor;
  }
  return null;
}
