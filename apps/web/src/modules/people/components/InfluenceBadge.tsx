import type { Influence } from 'src/modules/people/graphql/people.types';
import { BAND_LABELS, influenceCounts, influenceSummary, percentileText } from 'src/modules/people/utils/influence';

/** The influence band as a badge, with the counts it rests on. */
export function InfluenceBadge({ influence }: { influence: Influence }) {
  const percentile = percentileText(influence);
  return (
    <div className="influence" data-testid="influence">
      <span
        className={`influence__band influence__band--${influence.band.toLowerCase().replace(/_/g, '-')}`}
        title={influenceSummary(influence)}
      >
        {BAND_LABELS[influence.band]}
      </span>
      <dl className="influence__counts" aria-label="Influence over the last 90 days">
        {influenceCounts(influence).map(({ label, value }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {percentile && <span className="muted">{percentile}</span>}
    </div>
  );
}
