import type { Influence, InfluenceBand } from 'src/modules/people/graphql/people.types';

export const BAND_LABELS: Record<InfluenceBand, string> = {
  OBSERVER: 'Observer',
  CONTRIBUTOR: 'Contributor',
  ACTIVE_INFLUENCER: 'Active influencer',
  TOP_INFLUENCER: 'Top influencer',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The counts behind a band, as people say them. */
export function influenceCounts(influence: Influence): Array<{ label: string; value: number }> {
  return [
    { label: influence.posts === 1 ? 'post' : 'posts', value: influence.posts },
    { label: influence.commentsReceived === 1 ? 'comment received' : 'comments received', value: influence.commentsReceived },
    { label: influence.reactionsReceived === 1 ? 'reaction received' : 'reactions received', value: influence.reactionsReceived },
  ];
}

/** "Ahead of 85% of active colleagues"; nothing for observers, who have no score yet. */
export function percentileText(influence: Influence): string | null {
  if (influence.band === 'OBSERVER') return null;
  const percent = Math.round(Math.min(1, Math.max(0, influence.percentile)) * 100);
  return `Ahead of ${percent}% of active colleagues`;
}

/** The badge's accessible summary: "Top influencer: 12 posts, 30 comments received, …". */
export function influenceSummary(influence: Influence): string {
  const counts = [
    plural(influence.posts, 'post', 'posts'),
    plural(influence.commentsReceived, 'comment received', 'comments received'),
    plural(influence.reactionsReceived, 'reaction received', 'reactions received'),
  ];
  return `${BAND_LABELS[influence.band]}: ${counts.join(', ')} in the last 90 days`;
}
