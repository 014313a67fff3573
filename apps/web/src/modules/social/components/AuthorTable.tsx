import type { SocialAuthorInsight } from 'src/modules/social/graphql/social.types';
import { formatFollowers, sentimentLabel } from 'src/modules/social/utils/social-format';

/** Advocates or top influencers: who they are, their reach, and what they said in the period. */
export function AuthorTable({ title, authors, empty, testId, showAdvocacy }: { title: string; authors: SocialAuthorInsight[]; empty: string; testId: string; showAdvocacy?: boolean }) {
  return (
    <section className="card insights-card" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 className="chart__title" id={`${testId}-title`}>
        {title}
      </h2>
      {authors.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table author-table">
            <thead>
              <tr>
                <th scope="col">Author</th>
                <th scope="col">Reach</th>
                <th scope="col">Mentions</th>
                <th scope="col">Sentiment</th>
                {showAdvocacy && <th scope="col">Advocacy</th>}
              </tr>
            </thead>
            <tbody>
              {authors.map((a) => (
                <tr key={`${a.network}:${a.handle}`}>
                  <th scope="row">
                    <span className="author-table__name">{a.name ?? a.handle}</span>{' '}
                    <span className="muted">
                      @{a.handle} · {a.network.toLowerCase()}
                    </span>
                  </th>
                  <td>
                    {formatFollowers(a.followers)}
                    {a.verified && <span className="badge">verified</span>}
                  </td>
                  <td>
                    {a.mentions}
                    {showAdvocacy && <span className="muted"> ({a.positiveMentions} positive)</span>}
                  </td>
                  <td>{sentimentLabel(a.averageSentiment)}</td>
                  {showAdvocacy && <td>{a.advocacy.toFixed(1)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
