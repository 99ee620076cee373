import { describe, expect, it } from 'vitest';
import { cashOutWithoutFunding, projectWithRounds } from './funding-effect';
import { baselineWith } from './test-scenarios';
import type { Scenario } from './types';

// No customers and no marketing: revenue and COGS are 0, so EBITDA is -100,000 every month and
// cash at the end of month m is 1,000,000 - 100,000 (m + 1) without funding: below 0 first in
// month 10 (-100,000). A round of 2,000,000 in 2026-06 (month 5) moves that to the first m with
// 3,000,000 - 100,000 (m + 1) < 0: month 30.
const burning = (s: Scenario): Scenario => ({
  ...s,
  startingCash: 1e6,
  drivers: { ...s.drivers, marketingBudget: [0, 0, 0, 0, 0], salesMarketingOverhead: [0, 0, 0, 0, 0], operatingExpenses: [1e5, 1e5, 1e5, 1e5, 1e5] },
  plans: s.plans.map((p) => ({ ...p, initialCustomers: 0 })),
  funding: [{ month: '2026-06', amount: 2e6, name: 'Seed' }],
});

describe('the cash without funding', () => {
  it('runs out in month 10 without the round, whatever the rounds', () => {
    const { values } = baselineWith(burning);
    expect(cashOutWithoutFunding(values)).toBe(10);
    expect(projectWithRounds(values, []).monthly.cash[9]).toBeCloseTo(0, 6);
  });

  it('with the round it runs out in month 30, and only cash moves', () => {
    const { values } = baselineWith(burning);
    const funded = projectWithRounds(values, [{ month: '2026-06', amount: 2e6 }]);
    const bare = projectWithRounds(values, []);
    expect(funded.summary.cashOutMonth).toBe(30);
    expect(funded.monthly.cash[4]).toBeCloseTo(bare.monthly.cash[4]!, 6);
    expect(funded.monthly.cash[5]! - bare.monthly.cash[5]!).toBeCloseTo(2e6, 6);
    expect(funded.monthly.ebitda).toEqual(bare.monthly.ebitda);
  });
});
