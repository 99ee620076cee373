// Shared by the workbook tests (not shipped): hand-built scenarios with actuals, each the baseline
// with 2 to 12 actual months that give different figures (customers and MRR, cash, flows only,
// the MRR bridge, nrr), derived from the baseline's own plan so they are plausible.
import { project } from '../engine';
import { parseScenario } from '../parse-scenario';
import type { ActualMonth, Scenario } from '../types';

const monthText = (startYear: number, m: number) => `${startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** The baseline with actual months 0..n-1, each made by `entry` from the plan's month. */
function withActuals(base: Scenario, name: string, n: number, entry: (m: number, plan: ReturnType<typeof project>) => Omit<ActualMonth, 'month'>): [string, Scenario] {
  const parsed = parseScenario(base);
  if (!parsed.ok) throw new Error(`${base.name}: ${parsed.problems.map((p) => `${p.place}: ${p.message}`).join('; ')}`);
  const plan = project(parsed.values);
  const actuals = Array.from({ length: n }, (_, m) => ({ month: monthText(base.startYear, m), ...entry(m, plan) }));
  return [name, { ...structuredClone(base), name, actuals }];
}

const byPlan = (plan: ReturnType<typeof project>, m: number, factor: number) => Object.fromEntries(plan.planIds.map((id, i) => [id, plan.customersByPlan[i]![m]! * factor]));

/** The scenarios with actuals, built on `baseline` (the shipped crm-baseline.json). */
export const actualScenarios = (baseline: Scenario): [string, Scenario][] => [
  withActuals(baseline, '3 months: customers by plan and MRR', 3, (m, p) => ({
    customersByPlan: byPlan(p, m, 1.1 + 0.01 * m), mrr: p.monthly.mrr[m]! * 0.95, marketingSpend: p.monthly.marketingSpend[m]! * 1.2,
  })),
  withActuals(baseline, '12 months: cash and cogs only', 12, (m, p) => ({ cash: p.monthly.cash[m]! - 20_000 * (m + 1), cogs: p.monthly.cogs[m]! * 1.3 })),
  withActuals(baseline, '2 months: flows only, the bridge in one', 2, (m, p) => ({
    visitors: p.monthly.visitors[m]! * 0.9, trials: p.monthly.trials[m]! * 0.8, newCustomers: p.monthly.newCustomers[m]! * 0.7,
    churnedCustomers: p.monthly.churnedCustomers[m]! * 1.5, operatingExpenses: p.monthly.operatingExpenses[m]! + 5_000,
    salesMarketingOverhead: p.monthly.salesMarketingOverhead[m]! * 0.5,
    ...(m === 1 ? { newMrr: 2_000, expansionMrr: 150, contractionMrr: 40, churnedMrr: 300 } : {}),
  })),
  withActuals(baseline, '12 months: customers, some cash, nrr in November', 12, (m, p) => ({
    customersByPlan: byPlan(p, m, 0.9 - 0.005 * m), mrr: p.monthly.mrr[m]! * 0.88,
    ...(m % 4 === 3 ? { cash: p.monthly.cash[m]! * 0.9 } : {}), ...(m === 10 ? { nrr: 1.02 } : {}),
    newMrr: 1_000 + m, expansionMrr: 100, contractionMrr: m === 5 ? 0 : 20, churnedMrr: m === 5 ? 0 : 200,
  })),
];

/**
 * Random valid scenarios (any plan count, funding) each given 2 to 12 actual months from its own
 * plan, the k-th giving a different set of figures: customers and mrr, cash, flows, the bridge,
 * zeros (no new customers, no revenue) where a KPI's denominator then is 0.
 */
export function withRandomActuals(scenarios: readonly Scenario[]): [string, Scenario][] {
  return scenarios.map((base, k) => withActuals(base, `random #${k} (${base.plans.length} plans) with ${2 + ((k * 5) % 11)} actual months`, 2 + ((k * 5) % 11), (m, p) => {
    const kind = (k + m) % 4;
    if (kind === 0) return { customersByPlan: byPlan(p, m, 1.05), mrr: p.monthly.mrr[m]! * 1.02, nrr: 0.97 };
    if (kind === 1) return { cash: p.monthly.cash[m]! * 0.8, newMrr: 500, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 };
    if (kind === 2) return { newCustomers: 0, marketingSpend: 0, visitors: 0, trials: 0, churnedCustomers: p.monthly.churnedCustomers[m]! * 2 };
    return { mrr: 0, cogs: 0, customersByPlan: byPlan(p, m, 0) };
  }));
}
