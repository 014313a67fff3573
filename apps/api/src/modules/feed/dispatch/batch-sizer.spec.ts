import { BatchSizer } from './batch-sizer';

describe('dispatch batch sizing', () => {
  it('shrinks after a slow batch to what fits the target, and never below one', () => {
    const sizer = new BatchSizer(100, 200, 200);
    sizer.observe(200, 4000); // 20 ms an activity: 5 fit in 100 ms
    expect(sizer.current).toBe(5);
    sizer.observe(5, 10_000);
    expect(sizer.current).toBe(1);
    sizer.observe(1, 10_000);
    expect(sizer.current).toBe(1);
  });

  it('grows after fast full batches up to the maximum, and not after a partial one', () => {
    const sizer = new BatchSizer(100, 200, 20);
    sizer.observe(7, 1); // the queue had only 7: no evidence that 40 would be fast
    expect(sizer.current).toBe(20);
    for (let i = 0; i < 10; i++) sizer.observe(sizer.current, 5);
    expect(sizer.current).toBe(200);
  });
});
