import { describe, expect, it } from 'vitest';
import { cashOutWithoutFunding, pathWithoutRound, projectWithRounds, roundUpAmount } from './funding-effect';
import { amountForRunway, latestRoundMonth } from './funding-seek';
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

describe('goal seek on a round, in the engine', () => {
  // The burning business above without its round: cash is 1,000,000 - 100,000 (m + 1), netBurn 100,000.
  // Six months of runway through month 59 with a round in month 3 (cash 600,000 >= 6 x 100,000 in
  // months 0..3): 600,000 - (1,000,000 - 6,000,000) = 5,600,000. As late as month 4: the first
  // month short without it (500,000 < 600,000).
  it('finds 5.6M for six months of runway, and month 4 as the latest month for it', () => {
    const { scenario, values } = baselineWith(burning);
    const path = pathWithoutRound(scenario.funding, values, 0);
    const goal = { minMonths: 6, last: 59 };
    const need = amountForRunway(path, 3, goal);
    expect(need.ok && roundUpAmount(need.amount)).toBe(5.6e6);
    expect(latestRoundMonth(path, 5.6e6, goal)).toEqual({ ok: true, month: 4, needed: true });
  });

  it('the amount found keeps the runway in the engine, and 1 % less does not', () => {
    const { scenario, values } = baselineWith(burning);
    const runwayOk = (amount: number) => {
      const p = projectWithRounds(values, [{ month: '2026-05', amount }]).monthly;
      return p.runwayMonths.every((r, m) => m < 4 || (p.cash[m]! >= 0 && (r === null || r >= 6 - 1e-9)));
    };
    const need = amountForRunway(pathWithoutRound(scenario.funding, values, 0), 4, { minMonths: 6, last: 59 });
    if (!need.ok) throw new Error('unreachable');
    expect(runwayOk(roundUpAmount(need.amount))).toBe(true);
    expect(runwayOk(need.amount * 0.99)).toBe(false);
  });
});
