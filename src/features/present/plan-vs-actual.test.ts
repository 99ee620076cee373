// The "Plan vs actual" slide's figures, from a scenario with two actual months given inline.
import { describe, expect, it } from 'vitest';
import { projectForecast } from '../../model/forecast';
import { parseScenario } from '../../model/parse-scenario';
import { project } from '../../model/engine';
import type { Scenario } from '../../model/types';
import { shippedScenario } from '../../state/shipped';
import { deck } from './slides';
import { yearToDate } from './plan-vs-actual';

const baseline = shippedScenario('crm-baseline')!;
const scenario: Scenario = {
  ...baseline,
  actuals: [
    { month: '2026-01', mrr: 3000, newCustomers: 30, marketingSpend: 15_000, cash: 1_900_000, customersByPlan: { starter: 20, growth: 8, pro: 2 } },
    { month: '2026-02', mrr: 4000, newCustomers: 35, marketingSpend: 18_000, cash: 1_850_000, customersByPlan: { starter: 40, growth: 15, pro: 5 } },
  ],
};

function figures() {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  const plan = project(parsed.values);
  const ytd = yearToDate(projectForecast(parsed.values, parsed.scenario.actuals!, plan), plan)!;
  return { plan, ytd, row: (key: string) => ytd.rows.find((r) => r.key === key)! };
}

describe('plan vs actual, year to date', () => {
  it('spans January to the last actual month', () => {
    const { ytd } = figures();
    expect([ytd.from, ytd.to]).toEqual([0, 1]);
  });

  it('new customers: 30 + 35 = 65 actual against the plan\'s 25 + 25 = 50; +15 (+30 %) is good news', () => {
    // Plan, each month of 2026: $200,000 / 12 / $8 x 6 % x 20 % = 25 new customers.
    const r = figures().row('newCustomers');
    expect(r.actual).toBe(65);
    expect(r.plan).toBeCloseTo(50, 9);
    expect(r.difference).toBeCloseTo(15, 9);
    expect(r.ratio).toBeCloseTo(0.3, 9);
    expect(r.good).toBe(true);
  });

  it('CAC: $33,000 / 65 = $507.69 actual against $33,333.33 / 50 = $666.67; lower is good news', () => {
    const r = figures().row('cac');
    expect(r.actual).toBeCloseTo(33_000 / 65, 9);
    expect(r.plan).toBeCloseTo(666.666_667, 5);
    expect(r.difference).toBeCloseTo(33_000 / 65 - 2_000 / 3, 6);
    expect(r.good).toBe(true);
  });

  it('revenue: $3,000 + $4,000 = $7,000 actual against the plan\'s Jan + Feb mrr', () => {
    const { plan, row } = figures();
    const r = row('revenue');
    expect(r.actual).toBe(7000);
    // Jan's plan mrr is $1,950 (MODEL.md's worked check); Feb's is the plan's own.
    expect(plan.monthly.revenue[0]).toBeCloseTo(1950, 9);
    expect(r.plan).toBeCloseTo(1950 + plan.monthly.revenue[1]!, 9);
    expect(r.difference).toBeCloseTo(7000 - r.plan!, 9);
    expect(r.good).toBe(true);
  });

  it('cash: the actual $1,850,000 at the end of February against the plan\'s; the sign decides the colour', () => {
    const { plan, row } = figures();
    const r = row('cash');
    expect(r.actual).toBe(1_850_000);
    expect(r.plan).toBe(plan.monthly.cash[1]);
    expect(r.good).toBe(1_850_000 > plan.monthly.cash[1]!);
  });

  it('the slide is in the deck only when the scenario has actuals', () => {
    expect(deck(2030, null, true).map((s) => s.id)).toContain('plan-vs-actual');
    expect(deck(2030, null, false).map((s) => s.id)).not.toContain('plan-vs-actual');
  });
});
