import type { Influence } from 'src/modules/people/graphql/people.types';
import { influenceCounts, influenceSummary, percentileText } from './influence';

const top: Influence = { __typename: 'Influence', band: 'TOP_INFLUENCER', posts: 12, commentsReceived: 1, reactionsReceived: 0, percentile: 0.856 };

describe('influence wording', () => {
  it('names the band and its counts', () => {
    expect(influenceSummary(top)).toBe('Top influencer: 12 posts, 1 comment received, 0 reactions received in the last 90 days');
    expect(influenceCounts(top).map((c) => `${c.value} ${c.label}`)).toEqual(['12 posts', '1 comment received', '0 reactions received']);
  });

  it('rounds the percentile and says nothing of it for observers', () => {
    expect(percentileText(top)).toBe('Ahead of 86% of active colleagues');
    expect(percentileText({ ...top, band: 'OBSERVER', percentile: 0 })).toBeNull();
  });
});
