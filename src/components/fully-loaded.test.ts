import { describe, expect, it } from 'vitest';
import { project } from '../model/engine';
import { baselineWith } from '../model/test-scenarios';
import { fullyLoadedLtvToCac, fullyLoadedPayback } from './fully-loaded';

describe('fully loaded CAC payback and LTV/CAC', () => {
  const p = project(baselineWith().values);
  it('use fully loaded CAC where the headline uses paid CAC: 2026 of the baseline', () => {
    // MODEL.md's worked year 2026: paid CAC $666.67 and payback 8.9 mo; fully loaded CAC =
    // (200,000 + 12 x 10,000) / 300 = $1,066.67, so payback = 8.9 x 1,066.67 / 666.67 = 1.6 x paid.
    const paid = p.years[0]!.cacPaybackMonths!;
    expect(p.years[0]!.fullyLoadedCac).toBeCloseTo(320_000 / 300, 9);
    expect(fullyLoadedPayback(p, 0)).toBeCloseTo(paid * (1066.6666666666667 / 666.6666666666666), 9);
    // LTV/CAC: the same LTV over a CAC 1.6x larger.
    expect(fullyLoadedLtvToCac(p, 0)).toBeCloseTo(p.years[0]!.ltvToCac! / 1.6, 9);
  });
  it('are null where the paid ones are', () => {
    const none = project(baselineWith((s) => ({ ...s, drivers: { ...s.drivers, marketingBudget: [0, 0, 0, 0, 0] } })).values);
    expect(none.years[0]!.cacPaybackMonths).toBeNull();
    expect(fullyLoadedPayback(none, 0)).toBeNull();
    expect(fullyLoadedLtvToCac(none, 0)).toBeNull();
  });
});
