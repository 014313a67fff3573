import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { topicPath } from 'src/modules/feed/utils/rich-text';
import { TRENDING_TOPICS_QUERY } from 'src/modules/topics/graphql/topics.documents';
import { barShares } from 'src/modules/topics/utils/bar-scale';

const BAR_WIDTH = 100;
const BAR_HEIGHT = 6;
// Trending moves slowly; a minute is fresh enough and costs one small query.
const REFRESH_MS = 60_000;

/** The five most-used #topics of the last 7 days, each with a bar of its uses. */
export function TrendingTopics() {
  const { data, error, refetch } = useQuery(TRENDING_TOPICS_QUERY, {
    variables: { first: 5 },
    pollInterval: REFRESH_MS,
  });
  // Also on each page change: the box sits beside whatever the reader opens next.
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    void refetch().catch(() => undefined);
  }, [pathname, refetch]);
  const trending = data?.trendingTopics ?? [];
  const shares = barShares(trending.map((entry) => entry.uses));

  return (
    <section className="sidenav__section trending" aria-labelledby="trending-heading" data-testid="trending-topics">
      <h2 className="sidenav__heading" id="trending-heading">
        Trending topics
      </h2>
      {!data && !error ? (
        <p className="muted sidenav__hint">Loading…</p>
      ) : trending.length === 0 ? (
        <p className="muted sidenav__hint">{error ? 'Trending topics are unavailable.' : 'No #topics this week.'}</p>
      ) : (
        <ol className="trending__list">
          {trending.map(({ topic, uses }, index) => {
            const label = `${uses} ${uses === 1 ? 'use' : 'uses'} in the last 7 days`;
            return (
              <li key={topic.id} className="trending__item">
                <Link to={topicPath(topic.name)} className="trending__name">
                  #{topic.name}
                </Link>
                <span className="trending__uses" title={label}>
                  {uses}
                  <span className="visually-hidden"> {uses === 1 ? 'use' : 'uses'}</span>
                </span>
                <svg
                  className="trending__bar"
                  viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`}
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect className="trending__bar-track" width={BAR_WIDTH} height={BAR_HEIGHT} rx={3} />
                  <rect className="trending__bar-fill" width={(shares[index] ?? 0) * BAR_WIDTH} height={BAR_HEIGHT} rx={3} />
                </svg>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
