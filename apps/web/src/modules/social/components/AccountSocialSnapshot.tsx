import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useNow } from 'src/modules/feed/hooks/useNow';
import { EnumChip } from 'src/modules/records/components/RecordHeader';
import { ChartFigure } from 'src/modules/social/components/ChartFigure';
import { useSocialLiveRefresh } from 'src/modules/social/hooks/useSocialLiveRefresh';
import { MentionCard } from 'src/modules/social/components/MentionCard';
import { SlaBadge } from 'src/modules/social/components/SlaBadge';
import { Sparkline } from 'src/modules/social/components/Sparkline';
import { ACCOUNT_SNAPSHOT_QUERY } from 'src/modules/social/graphql/social.documents';
import { formatFollowers, formatShare, sentimentLabel, shortDay } from 'src/modules/social/utils/social-format';

/** What a rep reads before calling: the account's last 30 days on social media. */
export function AccountSocialSnapshot({ accountId }: { accountId: string }) {
  const { data, refetch } = useQuery(ACCOUNT_SNAPSHOT_QUERY, { variables: { accountId } });
  useSocialLiveRefresh(refetch, [accountId]);
  const now = useNow();
  const snapshot = data?.insights;
  if (!snapshot) return null;
  const trend = snapshot.daily.filter((d) => d.averageSentiment !== null);
  const first = trend[0]?.averageSentiment ?? null;
  const last = trend[trend.length - 1]?.averageSentiment ?? null;
  const trendSummary =
    trend.length < 2 ? `Sentiment: ${sentimentLabel(snapshot.averageSentiment)} over ${trend.length} day${trend.length === 1 ? '' : 's'} with mentions.` : `Sentiment went from ${first!.toFixed(2)} on ${shortDay(trend[0].day)} to ${last!.toFixed(2)} on ${shortDay(trend[trend.length - 1].day)}.`;

  return (
    <section className="card account-social" aria-labelledby="account-social-title" data-testid="account-social">
      <header className="case-social__header">
        <h2 className="section-title" id="account-social-title">
          Social, last 30 days
        </h2>
        <Link to={`/insights?account=${encodeURIComponent(accountId)}`}>All insights</Link>
      </header>
      <p className="muted">
        {snapshot.mentions} mentions · {formatShare(snapshot.complaintShare)} complaints · {sentimentLabel(snapshot.averageSentiment)}
      </p>
      {trend.length > 0 && (
        <ChartFigure title="Sentiment trend" summary={trendSummary} table={{ columns: ['Day', 'Average sentiment'], rows: trend.map((d) => [shortDay(d.day), d.averageSentiment!.toFixed(2)]) }}>
          <Sparkline values={trend.map((d) => d.averageSentiment!)} />
        </ChartFigure>
      )}
      {snapshot.openSocialCases.length > 0 && (
        <>
          <h3 className="account-social__heading">Open social cases</h3>
          <ul className="account-social__cases">
            {snapshot.openSocialCases.map((c) => (
              <li key={c.id}>
                <Link to={`/cases/${c.id}`}>{c.subject}</Link> <EnumChip value={c.priority} /> <SlaBadge status={c.slaStatus} dueAt={c.responseDueAt} />
              </li>
            ))}
          </ul>
        </>
      )}
      {snapshot.topInfluencers.length > 0 && (
        <>
          <h3 className="account-social__heading">The people behind them</h3>
          <ul className="account-social__people">
            {snapshot.topInfluencers.slice(0, 5).map((p) => (
              <li key={`${p.network}:${p.handle}`}>
                <strong>{p.name ?? p.handle}</strong> <span className="muted">@{p.handle} · {formatFollowers(p.followers)} · {p.mentions} mentions · {sentimentLabel(p.averageSentiment)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {snapshot.recentMentions.length > 0 && (
        <>
          <h3 className="account-social__heading">Recent mentions</h3>
          <ul className="mention-list">
            {snapshot.recentMentions.map((m) => (
              <li key={m.id}>
                <MentionCard mention={m} now={now} readOnly />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
