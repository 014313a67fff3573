import { sparklinePoints } from 'src/modules/social/utils/sparkline';

describe('the sentiment sparkline', () => {
  it('puts 1 at the top, -1 at the bottom and spreads the days across', () => {
    expect(sparklinePoints([1, 0, -1], 200, 40)).toBe('0,0 100,20 200,40');
  });

  it('draws one value as a flat line and clamps values out of range', () => {
    expect(sparklinePoints([3], 200, 40)).toBe('0,0 200,0');
    expect(sparklinePoints([], 200, 40)).toBe('');
  });
});
