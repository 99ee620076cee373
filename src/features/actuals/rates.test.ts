import { expect, it } from 'vitest';
import { resolveScenario } from '../../model/resolve';
import { baselineScenario } from '../../state/scenario-slice';
import { impliedRates, rateEdits } from './rates';

const months = [
  { month: '2026-04', visitors: 1960, trials: 124, newCustomers: 24, churnedCustomers: 4 },
  { month: '2026-05', visitors: 2080, trials: 135, newCustomers: 25, churnedCustomers: 4 },
  { month: '2026-06', visitors: 2110, trials: 139, newCustomers: 23, churnedCustomers: 5, customersByPlan: { starter: 64, growth: 42, pro: 13 } },
];
// Customers at the start of April, May, June: 64, 83, 102 (the example's March, April, May).
const start = { '2026-04': 64, '2026-05': 83, '2026-06': 102 } as Record<string, number>;

it('implies the funnel and churn rates of the trailing months as ratios of their sums', () => {
  const r = impliedRates(months, (e) => start[e.month]!);
  // visitor-to-trial = (124 + 135 + 139) / (1960 + 2080 + 2110) = 398 / 6150 = 6.4715 %
  expect(r.visitorToTrial).toBeCloseTo(398 / 6150, 12);
  // trial-to-paid = (24 + 25 + 23) / 398 = 72 / 398 = 18.09 %
  expect(r.trialToPaid).toBeCloseTo(72 / 398, 12);
  // churn = (4 + 4 + 5) / (64 + 83 + 102) = 13 / 249 = 5.22 %
  expect(r.churn).toBeCloseTo(13 / 249, 12);
});

it('a rate whose figures are not given is not implied', () => {
  expect(impliedRates([{ month: '2026-01', visitors: 100 }], () => 0)).toEqual({ visitorToTrial: null, trialToPaid: null, churn: null });
});

it('writes the rates into the year\'s assumptions, scaling each plan\'s churn by actual / planned', () => {
  const { values } = resolveScenario(baselineScenario());
  const edits = rateEdits(values, 0, { visitorToTrial: 0.0647, trialToPaid: 0.181, churn: 0.05 }, 0.04, ['Starter', 'Growth', 'Pro'], 2026);
  // factor 0.05 / 0.04 = 1.25: Starter 4 % -> 5 %, Growth 2.5 % -> 3.125 %, Pro 1.5 % -> 1.875 %.
  expect(edits.map((e) => [e.label, e.before, e.cell])).toEqual([
    ['Visitor-to-trial 2026', 0.06, 0.0647], ['Trial-to-paid 2026', 0.2, 0.181],
    ['Starter churn 2026', 0.04, 0.05], ['Growth churn 2026', 0.025, 0.03125], ['Pro churn 2026', 0.015, 0.01875],
  ]);
  expect(edits[2]!.ref).toEqual({ kind: 'plan', planIndex: 0, field: 'churn', y: 0 });
});
