import { topicsIn } from './topics.util';

describe('topics in text', () => {
  it('finds #topics once each, keeping the first spelling for display', () => {
    expect(topicsIn('Pricing push for #Renewal season (#churn-risk), more on #renewal later.')).toEqual([
      { name: 'Renewal', key: 'renewal' },
      { name: 'churn-risk', key: 'churn-risk' },
    ]);
  });

  it('ignores numbers, anchors in links and single letters', () => {
    expect(topicsIn('See issue #42, https://docs.example/page#pricing and #a')).toEqual([]);
  });

  it('reads topics in any script', () => {
    expect(topicsIn('#übernahme und #交渉')).toEqual([
      { name: 'übernahme', key: 'übernahme' },
      { name: '交渉', key: '交渉' },
    ]);
  });
});
