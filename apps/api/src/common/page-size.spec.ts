import { assertPageSize } from './page-size';

describe('page sizes', () => {
  it('takes a whole number from 1 to the maximum, and names the argument otherwise', () => {
    expect(assertPageSize(1, 50)).toBe(1);
    expect(assertPageSize(50, 50)).toBe(50);
    for (const bad of [0, 51, 2.5, Number.NaN]) expect(() => assertPageSize(bad, 50)).toThrow(/must be between 1 and 50/);
    expect(() => assertPageSize(0, 100, 'last')).toThrow(/^last: must be between 1 and 100$/);
  });
});
