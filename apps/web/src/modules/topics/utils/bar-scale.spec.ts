import { barShares } from './bar-scale';

describe('barShares', () => {
  it('scales counts against the largest', () => {
    expect(barShares([8, 4, 2])).toEqual([1, 0.5, 0.25]);
  });

  it('keeps a small count visible and an empty one empty', () => {
    expect(barShares([1000, 1, 0])).toEqual([1, 0.04, 0]);
  });

  it('answers zeros for no counts at all', () => {
    expect(barShares([0, 0])).toEqual([0, 0]);
    expect(barShares([])).toEqual([]);
  });
});
