import { describe, expect, it } from 'vitest';
import { trendDomain } from './trend-domain';

describe('trendDomain', () => {
  it('shows every year and the target when none is far off', () => {
    // The baseline's ARR: a steep climb is a trend, not an outlier. Median 2.4M; distances 2.15M,
    // 1.5M, 0, 3.1M, 8.3M; their median 2.15M; 8.3M is under 20 x 2.15M.
    const d = trendDomain([253_000, 915_000, 2_400_000, 5_500_000, 10_700_000], 11_000_000);
    expect([d.lo, d.hi, d.offScale.size]).toEqual([253_000, 11_000_000, 0]);
  });

  it('leaves a typo-sized year off the scale and keeps the other years and the target in it', () => {
    // CAC payback with a $5,000 visitor cost in 2026: median 4.9; distances 5801.1, 1.6, 0, 1.2,
    // 1.9, their median 1.6; 5801.1 > 20 x 1.6 = 32, the others are not.
    const d = trendDomain([5806, 6.5, 4.9, 3.7, 3.0], 12);
    expect([...d.offScale]).toEqual([5806]);
    expect([d.lo, d.hi]).toEqual([3.0, 12]);
  });

  it('works below the others too', () => {
    // Median 100; distances 0, 2, 1, 3, 1,000,100; their median 2; 1,000,100 > 40.
    const d = trendDomain([100, 102, 99, 97, -1_000_000]);
    expect([...d.offScale]).toEqual([-1_000_000]);
    expect([d.lo, d.hi]).toEqual([97, 102]);
  });

  it('keeps every value when the years hardly differ, and widens a flat line by 10 %', () => {
    // All equal: no spread, nothing off the scale; 0.92 +- 0.092.
    const d = trendDomain([0.92, 0.92, 0.92, 0.92, 0.92]);
    expect(d.offScale.size).toBe(0);
    expect(d.lo).toBeCloseTo(0.828, 12);
    expect(d.hi).toBeCloseTo(1.012, 12);
  });

  it('needs three years to call one of them an outlier, and gives 0..1 with nothing to show', () => {
    expect(trendDomain([1, 1_000_000]).offScale.size).toBe(0);
    expect(trendDomain([])).toEqual({ lo: 0, hi: 1, offScale: new Set() });
  });
});
