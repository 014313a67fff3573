import { groupBy, pushTo } from './group.util';

describe('grouping', () => {
  it('groups in order, one list per key', () => {
    const grouped = groupBy(['a1', 'b1', 'a2', 'c1', 'b2'], (s) => s[0]);
    expect([...grouped.entries()]).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1', 'b2']],
      ['c', ['c1']],
    ]);
  });

  it('appends to the same list instead of copying it (100,000 values under one key stay one array)', () => {
    const grouped = new Map<string, number[]>();
    pushTo(grouped, 'k', 0);
    const first = grouped.get('k');
    for (let i = 1; i < 100_000; i++) pushTo(grouped, 'k', i);
    expect(grouped.get('k')).toBe(first);
    expect(grouped.get('k')).toHaveLength(100_000);
  });
});
