import { describe, expect, it } from 'vitest';
import { project } from '../../model/engine';
import { baselineWith } from '../../model/test-scenarios';
import type { Scenario } from '../../model/types';
import { runwayNote } from './runway-note';

// No customers, no marketing, 100,000 a month of expenses from 1,000,000: cash is below 0 first
// at the end of month 10 (November 2026).
const burning = (s: Scenario): Scenario => ({
  ...s,
  startingCash: 1e6,
  drivers: { ...s.drivers, marketingBudget: [0, 0, 0, 0, 0], salesMarketingOverhead: [0, 0, 0, 0, 0], operatingExpenses: [1e5, 1e5, 1e5, 1e5, 1e5] },
  plans: s.plans.map((p) => ({ ...p, initialCustomers: 0 })),
});

describe('the runway card line', () => {
  it('names the month the cash runs out', () => {
    expect(runwayNote(project(baselineWith(burning).values))).toBe('Cash runs out in Nov 2026');
  });

  it('says the cash lasts when a round covers the 60 months of burn (1M + 5M = 6M = 60 x 100,000)', () => {
    const funded = baselineWith((s) => ({ ...burning(s), funding: [{ month: '2026-10', amount: 5e6 }] }));
    expect(runwayNote(project(funded.values))).toBe('Cash lasts through Dec 2030');
  });

  it('says "not burning" when December 2030 makes money', () => {
    // 2030 has no expenses: EBITDA 0, netBurn 0, so runwayMonths is null; cash stays 10M - 4.8M.
    const rich = baselineWith((s) => ({ ...burning(s), startingCash: 1e7, drivers: { ...burning(s).drivers, operatingExpenses: [1e5, 1e5, 1e5, 1e5, 0] } }));
    expect(runwayNote(project(rich.values))).toBe('Not burning in Dec 2030');
  });
});
