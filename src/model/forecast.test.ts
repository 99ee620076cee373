// The forecast (MODEL.md, "Actuals and the forecast", issue 17): golden numbers worked out on
// paper from the contract, the arithmetic beside each expected value.
import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { projectForecast } from './forecast';
import { computeVariance } from './variance';
import { smallValues } from './test-values';
import type { ActualMonth } from './types';

// One plan p0 at $100, 100 initial customers, 10 % churn a month; marketing $12,000 a year =
// $1,000 a month, visitor cost $1 -> 1,000 visitors x 10 % x 10 % = 10 new customers a month.
// The plan holds steady: 100 - 10 churned + 10 new = 100 customers, mrr 10,000, ebitda 9,000.
const steady = (financing?: Record<number, number>) => smallValues({
  plans: [{ id: 'p0', price: 100, initialCustomers: 100, churn: 0.1 }],
  drivers: { marketingBudget: 12_000, visitorToTrial: 0.1, trialToPaid: 0.1 },
  ...(financing && { financing }),
});

describe('two actual months that give customers and MRR, then the projection from there', () => {
  const values = steady();
  const plan = project(values);
  const actuals: ActualMonth[] = [
    { month: '2026-01', customersByPlan: { p0: 90 }, mrr: 8_000 },
    { month: '2026-02', customersByPlan: { p0: 80 }, mrr: 7_500 },
  ];
  const f = projectForecast(values, actuals, plan);
  const s = f.monthly;

  it('takes the plan as it is', () => {
    expect(plan.monthly.customers[0]).toBe(100);
    expect(plan.monthly.mrr[0]).toBe(10_000);
  });

  it('months 0 and 1 are the actuals, with the plan\'s figures where the entry gives none', () => {
    expect(f.lastActualMonth).toBe(1);
    // month 0: customers 90, mrr 8,000; startMrr = 100 initial x $100 = 10,000; spend and new
    // customers the plan's (1,000 and 10); ebitda = 8,000 - 1,000 = 7,000; cash = 0 + 7,000
    expect(s.customers[0]).toBe(90);
    expect(f.customersByPlan[0]![0]).toBe(90);
    expect(s.mrr[0]).toBe(8_000);
    expect(s.startMrr[0]).toBe(10_000);
    expect(s.newCustomers[0]).toBe(10);
    expect(s.ebitda[0]).toBe(7_000);
    expect(s.cash[0]).toBe(7_000);
    // month 1: startMrr = month 0's 8,000; ebitda = 7,500 - 1,000 = 6,500; cash = 13,500
    expect(s.startMrr[1]).toBe(8_000);
    expect(s.ebitda[1]).toBe(6_500);
    expect(s.cash[1]).toBe(13_500);
    // arpu = 8,000 / 90; churn rate month 0 = the plan's 10 churned / 100 initial, month 1 = 10 / 90
    expect(s.arpu[0]).toBeCloseTo(8_000 / 90, 12);
    expect(s.customerChurnRate[0]).toBe(0.1);
    expect(s.customerChurnRate[1]).toBeCloseTo(10 / 90, 12);
  });

  it('month 2 is One month from the forecast\'s 80 customers and 13,500 cash', () => {
    // churned = 80 x 10 % = 8, new = 10 -> 82 customers, mrr 8,200; startMrr = 80 x $100 = 8,000
    // (not the actual 7,500: a discount is not assumed to go on); newMrr 1,000, churnedMrr 800
    expect(s.churnedCustomers[2]).toBe(8);
    expect(s.customers[2]).toBe(82);
    expect(s.mrr[2]).toBe(8_200);
    expect(s.startMrr[2]).toBe(8_000);
    expect(s.newMrr[2]).toBe(1_000);
    expect(s.churnedMrr[2]).toBe(800);
    // quick ratio = (1,000 + 0) / (800 + 0) = 1.25; ebitda = 8,200 - 1,000 = 7,200; cash = 20,700
    expect(s.quickRatio[2]).toBe(1.25);
    expect(s.cash[2]).toBe(20_700);
    // month 3: 82 - 8.2 + 10 = 83.8 customers; churn rate 8.2 / 82 = 10 %
    expect(s.customers[3]).toBeCloseTo(83.8, 12);
    expect(s.customerChurnRate[3]).toBeCloseTo(0.1, 12);
  });

  it('counts the actual months of each year', () => {
    expect(f.years.map((y) => y.actualMonths)).toEqual([2, 0, 0, 0, 0]);
  });

  it('variance: actual - plan, over |plan|', () => {
    const v = computeVariance(plan, f);
    expect(v.months).toHaveLength(2);
    // mrr month 0: 8,000 - 10,000 = -2,000; / 10,000 = -20 %
    expect(v.months[0]!.mrr).toEqual({ actual: 8_000, plan: 10_000, difference: -2_000, ratio: -0.2 });
    // newMrr month 0: not given -> null actual, no difference
    expect(v.months[0]!.newMrr).toEqual({ actual: null, plan: 1_000, difference: null, ratio: null });
    expect(v.years).toHaveLength(5);
    expect(v.years[0]!.year).toBe(2026);
  });
});

describe('actual cash in one month', () => {
  it('replaces the computed cash, and the months after start from it', () => {
    const values = steady();
    const f = projectForecast(values, [{ month: '2026-01', cash: 50_000 }, { month: '2026-02' }]);
    // month 0: 50,000 as given (ebitda 10,000 - 1,000 = 9,000 does not add to it)
    expect(f.monthly.cash[0]).toBe(50_000);
    expect(f.monthly.ebitda[0]).toBe(9_000);
    // month 1 (no cash given): 50,000 + 9,000 = 59,000; month 2 (projected): 68,000
    expect(f.monthly.cash[1]).toBe(59_000);
    expect(f.monthly.cash[2]).toBe(68_000);
    expect(f.years[0]!.endingCash).toBe(50_000 + 11 * 9_000);
  });
});

describe('the MRR bridge in actual months', () => {
  it('gives a quick ratio where the whole bridge is given, and null where it is not', () => {
    const f = projectForecast(steady(), [
      { month: '2026-01', newMrr: 1_200, expansionMrr: 300, contractionMrr: 100, churnedMrr: 900 },
      { month: '2026-02', newMrr: 1_000 },
    ]);
    // (1,200 + 300) / (900 + 100) = 1.5
    expect(f.monthly.quickRatio[0]).toBe(1.5);
    expect(f.monthly.newMrr[1]).toBe(1_000);
    expect(f.monthly.churnedMrr[1]).toBeNull();
    expect(f.monthly.quickRatio[1]).toBeNull();
    // month 2 is projected: the plan's bridge, 1,000 new over 1,000 churned
    expect(f.monthly.quickRatio[2]).toBe(1);
  });
});

describe('NRR from the forecast\'s customers across a year boundary', () => {
  // Plans a ($100 in 2026, $110 from 2027, 10 % churn) and b ($200, no churn); no new customers.
  // The plan starts with 100 on a and none on b; the actual month 0 says 50 and 50.
  const values = smallValues({ plans: [{ id: 'a', price: [100, 110, 110, 110, 110], initialCustomers: 100, churn: 0.1 }, { id: 'b', price: 200 }] });
  const f = projectForecast(values, [{ month: '2026-01', customersByPlan: { a: 50, b: 50 } }]);
  const plan = project(values);

  it('month 12: the cohort of the end of month 0 (an actual month), through months 1..12', () => {
    // a: 50 x 0.9^12 (11 months of 2026, one of 2027) at 2027's $110; b: 50 at $200
    // = 110 x 50 x 0.282429536481 + 10,000 = 11,553.3624506; over 50 x 100 + 50 x 200 = 15,000
    expect(f.monthly.nrr[12]).toBeCloseTo((110 * 50 * 0.9 ** 12 + 10_000) / 15_000, 12);
    // The plan's cohort is 90 on a and none on b: 110 x 90 x 0.9^12 / (90 x 100) = 1.1 x 0.9^12
    expect(plan.monthly.nrr[12]).toBeCloseTo(1.1 * 0.9 ** 12, 12);
  });

  it('month 13: the cohort of the end of month 1 (projected: 45 on a, 50 on b)', () => {
    // (110 x 45 x 0.9^12 + 10,000) / (45 x 100 + 50 x 200 = 14,500)
    expect(f.monthly.nrr[13]).toBeCloseTo((110 * 45 * 0.9 ** 12 + 10_000) / 14_500, 12);
  });

  it('month 11: the initial customers, as in the plan; an actual nrr wins where given', () => {
    // 100 on a through 2026: 0.9^12
    expect(f.monthly.nrr[11]).toBeCloseTo(0.9 ** 12, 12);
    expect(f.monthly.nrr[0]).toBeNull();
    const g = projectForecast(values, [{ month: '2026-01', nrr: 1.07 }]);
    expect(g.monthly.nrr[0]).toBe(1.07);
  });
});

describe('funding in an actual month without actual cash', () => {
  it('adds to the cash the month computes', () => {
    // $100 x 100 customers, no churn, $2,000 opex a month, 10,000 starting cash; 1,000 arrives in
    // month 0 and 50,000 in month 1.
    const values = smallValues({ plans: [{ id: 'p0', price: 100, initialCustomers: 100 }], drivers: { operatingExpenses: 2_000 }, startingCash: 10_000, financing: { 0: 1_000, 1: 50_000 } });
    const f = projectForecast(values, [{ month: '2026-01', mrr: 5_000 }, { month: '2026-02', mrr: 6_000 }]);
    // month 0: ebitda = 5,000 - 2,000 = 3,000; cash = 10,000 + 3,000 + 1,000 = 14,000
    expect(f.monthly.financing[0]).toBe(1_000);
    expect(f.monthly.cash[0]).toBe(14_000);
    // month 1: ebitda 4,000; cash = 14,000 + 4,000 + 50,000 = 68,000
    expect(f.monthly.cash[1]).toBe(68_000);
    // month 2 (projected, the plan's 100 customers): ebitda 8,000; cash 76,000
    expect(f.monthly.cash[2]).toBe(76_000);
    expect(f.years[0]!.financing).toBe(51_000);
  });
});

describe('without actuals', () => {
  it('is the plan, sharing none of its arrays', () => {
    const values = steady();
    const plan = project(values);
    const f = projectForecast(values, [], plan);
    expect(f.lastActualMonth).toBe(-1);
    expect(f.monthly).toEqual(plan.monthly);
    expect(f.monthly.cash).not.toBe(plan.monthly.cash);
    expect(f.years.map((y) => y.actualMonths)).toEqual([0, 0, 0, 0, 0]);
    expect(computeVariance(plan, f).months).toEqual([]);
  });
});
