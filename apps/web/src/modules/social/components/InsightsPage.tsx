import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from 'src/modules/api/components/ErrorNotice';
import { ACCOUNTS_QUERY } from 'src/modules/records/graphql/records.documents';
import { AuthorTable } from 'src/modules/social/components/AuthorTable';
import { StatTile } from 'src/modules/social/components/ChartFigure';
import { ComplianceChart } from 'src/modules/social/components/ComplianceChart';
import { ResponseTimeChart } from 'src/modules/social/components/ResponseTimeChart';
import { VolumeChart } from 'src/modules/social/components/VolumeChart';
import { INSIGHTS_QUERY } from 'src/modules/social/graphql/social.documents';
import { formatMinutes, formatShare, sentimentLabel } from 'src/modules/social/utils/social-format';

const PERIODS = [7, 30, 90, 365];

/** `/insights` (`?account=<id>&days=<n>`): what customers say and how fast and well we answer. */
export function InsightsPage() {
  const [params, setParams] = useSearchParams();
  const accountId = params.get('account') || null;
  const days = Number(params.get('days')) || 30;
  const { data, error, refetch } = useQuery(INSIGHTS_QUERY, { variables: { accountId, days }, pollInterval: 60_000 });
  const accounts = useQuery(ACCOUNTS_QUERY, { variables: { first: 100 } }).data?.accounts ?? [];
  const accountLabel = useId();
  const periodLabel = useId();
  const choose = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const insights = data?.insights;

  return (
    <div className="page page--wide" data-testid="insights-page">
      <header className="page__header">
        <h1>Social insights</h1>
        <p className="muted">Mentions, response times and customer voices, counted within what you can open.</p>
      </header>
      <div className="insights-controls">
        <label htmlFor={accountLabel}>Account</label>
        <select id={accountLabel} value={accountId ?? ''} onChange={(e) => choose('account', e.target.value || null)} data-testid="insights-account">
          <option value="">All accounts</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <label htmlFor={periodLabel}>Period</label>
        <select id={periodLabel} value={days} onChange={(e) => choose('days', e.target.value)} data-testid="insights-days">
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              Last {p} days
            </option>
          ))}
        </select>
      </div>
      {!insights ? (
        error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : <p className="muted" aria-busy="true">Loading…</p>
      ) : (
        <>
          <div className="stat-grid">
            <StatTile label="Mentions" value={String(insights.mentions)} detail={`in ${insights.days} days`} testId="stat-mentions" />
            <StatTile label="Complaint share" value={formatShare(insights.complaintShare)} detail={`${insights.complaints} complaints`} testId="stat-complaints" />
            <StatTile label="Average sentiment" value={sentimentLabel(insights.averageSentiment)} testId="stat-sentiment" />
            <StatTile
              label="SLA compliance"
              value={formatShare(insights.slaCompliance.share)}
              detail={`${insights.slaCompliance.met} met, ${insights.slaCompliance.missed} missed`}
              testId="stat-sla"
            />
            <StatTile
              label="First response p50 / p90"
              value={`${formatMinutes(insights.firstResponse.p50Minutes)} / ${formatMinutes(insights.firstResponse.p90Minutes)}`}
              detail="working time"
              testId="stat-first-response"
            />
            <StatTile
              label="First-contact resolution"
              value={formatShare(insights.firstContactResolution.share)}
              detail={`${insights.firstContactResolution.oneReply} of ${insights.firstContactResolution.closedCases} closed cases in one reply`}
              testId="stat-fcr"
            />
            <StatTile
              label="Classifier accuracy"
              value={formatShare(insights.classifierAccuracy.accuracy)}
              detail={`${insights.classifierAccuracy.correct} of ${insights.classifierAccuracy.heldOut} held-out corrections`}
              testId="stat-classifier"
            />
          </div>
          <VolumeChart daily={insights.daily} />
          <ResponseTimeChart firstResponse={insights.firstResponse} />
          <ComplianceChart title="SLA compliance per team" groups={insights.slaByTeam} testId="chart-sla-team" />
          <ComplianceChart title="SLA compliance per agent" groups={insights.slaByAgent} testId="chart-sla-agent" />
          <AuthorTable title="Advocates" authors={insights.advocates} empty="No one has praised us twice in this period yet." testId="advocates" showAdvocacy />
          <AuthorTable title="Top influencers" authors={insights.topInfluencers} empty="No authors in this period." testId="top-influencers" />
        </>
      )}
    </div>
  );
}
