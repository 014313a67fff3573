import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { RelativeTime } from 'src/modules/feed/components/RelativeTime';
import { useNow } from 'src/modules/feed/hooks/useNow';
import { subjectPath } from 'src/modules/records/utils/subject-path';
import { SEARCH_QUERY } from 'src/modules/search/graphql/search.documents';
import type { SearchHit } from 'src/modules/search/graphql/search.types';
import { highlightSegments } from 'src/modules/search/utils/highlight';
import { subjectContext } from 'src/modules/records/utils/labels';

const PAGE = 20;
const KIND_LABELS: Record<string, string> = { POST: 'Post', COMMENT: 'Comment', RECORD: 'Record', SOCIAL_MENTION: 'Social mention' };

/** Results for ?q=…, best first, with the matched words marked. Only what the reader may open. */
export function SearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const now = useNow();
  const { data, loading, error, fetchMore, refetch } = useQuery(SEARCH_QUERY, {
    variables: { query, first: PAGE },
    skip: query === '',
    notifyOnNetworkStatusChange: true,
  });
  const edges = data?.search.edges ?? [];
  const more = () =>
    void fetchMore({
      variables: { after: data?.search.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        search: { ...fetchMoreResult.search, edges: [...previous.search.edges, ...fetchMoreResult.search.edges] },
      }),
    });

  return (
    <div className="page">
      <header className="page__header">
        <h1>Search</h1>
        <p className="muted">{query ? <>Results for “{query}”</> : 'Type in the search field above and press Enter.'}</p>
      </header>
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {query && !loading && !error && edges.length === 0 && (
        <div className="card empty">
          <p>No results for “{query}”.</p>
          <p className="muted">Try fewer or different words. Quotes find an exact phrase; -word leaves a word out.</p>
        </div>
      )}
      <ol className="search-results" aria-label="Search results" data-testid="search-results">
        {edges.map(({ cursor, node }) => (
          <li key={cursor} className="card search-hit" data-testid="search-hit">
            <SearchHitView hit={node} now={now} />
          </li>
        ))}
      </ol>
      {data?.search.pageInfo.hasNextPage && (
        <button type="button" className="button" onClick={more} disabled={loading}>
          {loading ? 'Loading…' : 'More results'}
        </button>
      )}
    </div>
  );
}

function SearchHitView({ hit, now }: { hit: SearchHit; now: number }) {
  const path = subjectPath(hit.subjectId);
  const name = hit.subject?.name ?? 'a record';
  return (
    <>
      <div className="search-hit__meta">
        <span className="badge">{KIND_LABELS[hit.kind] ?? hit.kind}</span>
        {path ? <Link to={path}>{name}</Link> : <span>{name}</span>}
        {hit.subject && hit.subject.kind !== 'TOPIC' && (
          <span className="muted" data-testid="search-hit-context">
            {subjectContext(hit.subject)}
          </span>
        )}
        {hit.actor && <span className="muted">by {hit.actor.name}</span>}
        <RelativeTime iso={hit.createdAt} now={now} />
      </div>
      <p className="search-hit__snippet">
        {highlightSegments(hit.snippet, hit.highlights).map((segment, i) =>
          segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
        )}
      </p>
    </>
  );
}
