// Golden numbers for the engine, part 2 (engine.test.ts has the worked check and cases a-c): each
// worked out on paper from docs/model.md (the arithmetic sits beside every expected value) and
// never copied from the engine's output.
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { project } from './engine';
import { parseScenario } from './parse-scenario';
import { smallValues as scenario } from './test-values';
import { MONTHS } from './types';

/** The shipped baseline's values, through the one door. */
function baselineValues() {
  const parsed = parseScenario(baseline);
  if (!parsed.ok) throw new Error('the baseline must parse');
  return parsed.values;
}

const months = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('(d) downgrades and price cuts give contraction', () => {
  it('books a downgrade to a cheaper plan as contraction', () => {
    // Basic 0 at 40, Premium 200 at 100, 5 % of Premium downgrade each month.
    const m = project(scenario({ plans: [{ price: 40 }, { initialCustomers: 200, price: 100, downgrade: 0.05 }] })).monthly;
    expect(m.startMrr[0]).toBeCloseTo(20000, 9); // 200 x 100
    expect(m.contractionMrr[0]).toBeCloseTo(600, 9); // 10 x (100 - 40)
    expect(m.expansionMrr[0]).toBe(0);
    expect(m.mrr[0]).toBeCloseTo(19400, 9); // 10 x 40 + 190 x 100 = 20,000 - 600
    expect(m.quickRatio[0]).toBe(0); // (0 + 0) / (0 + 600)
    expect(m.contractionMrr[1]).toBeCloseTo(570, 9); // 190 x 0.05 = 9.5; 9.5 x 60
    expect(m.mrr[1]).toBeCloseTo(18830, 9); // 19.5 x 40 + 180.5 x 100 = 780 + 18,050
  });

  it('books a price cut as contraction', () => {
    // 10 customers, 100 -> 80 in 2027.
    const m = project(scenario({ plans: [{ initialCustomers: 10, price: [100, 80, 80, 80, 80] }] })).monthly;
    expect(m.contractionMrr[12]).toBeCloseTo(200, 9); // 10 x (100 - 80)
    expect(m.expansionMrr[12]).toBe(0);
    expect(m.mrr[12]).toBeCloseTo(800, 9); // 1,000 - 200
    expect(m.quickRatio[12]).toBe(0); // 0 / 200
    expect(m.nrr[23]).toBeCloseTo(0.8, 12); // 10 x 80 / (10 x 100)
  });

  it('books an upgrade into a cheaper tier as contraction', () => {
    // Legacy 50 at 100, Lite (top tier) 0 at 60, 20 % upgrade: up x (p_next - p) is negative.
    const m = project(scenario({ plans: [{ initialCustomers: 50, price: 100, upgrade: 0.2 }, { price: 60 }] })).monthly;
    expect(m.contractionMrr[0]).toBeCloseTo(400, 9); // -(10 x (60 - 100))
    expect(m.expansionMrr[0]).toBe(0);
    expect(m.mrr[0]).toBeCloseTo(4600, 9); // 40 x 100 + 10 x 60 = 5,000 - 400
  });

  it('handles churn, upgrade and downgrade out of one plan in the same month', () => {
    // Starter 0 at 50, Growth 100 at 100 (churn 10 %, up 20 %, down 10 %), Pro 0 at 200.
    const p = project(scenario({ plans: [{ price: 50 }, { initialCustomers: 100, price: 100, churn: 0.1, upgrade: 0.2, downgrade: 0.1 }, { price: 200 }] }));
    const m = p.monthly;
    expect(p.customersByPlan[0]![0]).toBeCloseTo(10, 9); // 100 x 0.1 down
    expect(p.customersByPlan[1]![0]).toBeCloseTo(60, 9); // 100 - 10 - 20 - 10
    expect(p.customersByPlan[2]![0]).toBeCloseTo(20, 9); // 100 x 0.2 up
    expect(m.churnedMrr[0]).toBeCloseTo(1000, 9); // 10 x 100
    expect(m.expansionMrr[0]).toBeCloseTo(2000, 9); // 20 x (200 - 100)
    expect(m.contractionMrr[0]).toBeCloseTo(500, 9); // 10 x (50 - 100), negated
    expect(m.mrr[0]).toBeCloseTo(10500, 9); // 500 + 6,000 + 4,000 = 10,000 - 1,000 + 2,000 - 500
    expect(m.quickRatio[0]).toBeCloseTo(4 / 3, 12); // (0 + 2,000) / (1,000 + 500)
    expect(m.customerChurnRate[0]).toBeCloseTo(0.1, 12); // 10 / 100: moves are not churn
  });
});

describe('(e) null, never NaN', () => {
  it('gives null KPIs with no customers and no marketing', () => {
    const p = project(scenario({ plans: [{ price: 100 }, { price: 200 }] }));
    const m = p.monthly;
    for (const k of months(0, 59)) {
      expect(m.customers[k]).toBe(0);
      expect(m.arpu[k]).toBeNull(); // 0 / 0 customers
      expect(m.grossMargin[k]).toBeNull(); // 0 / 0 revenue
      expect(m.cac[k]).toBeNull(); // 0 / 0 new customers
      expect(m.fullyLoadedCac[k]).toBeNull();
      expect(m.cacPaybackMonths[k]).toBeNull();
      expect(m.customerChurnRate[k]).toBeNull(); // 0 / 0 at the start
      expect(m.ltv[k]).toBeNull();
      expect(m.ltvToCac[k]).toBeNull();
      expect(m.quickRatio[k]).toBeNull(); // 0 / (0 + 0)
      expect(m.nrr[k]).toBeNull(); // every cohort starts with mrr 0
    }
    for (const y of p.years) {
      for (const key of ['grossMargin', 'cac', 'fullyLoadedCac', 'arpu', 'cacPaybackMonths', 'nrr', 'ltv', 'ltvToCac'] as const) {
        expect(y[key], `${y.year} ${key}`).toBeNull();
      }
      expect(y.revenue).toBe(0);
      expect(y.endingCustomers).toBe(0);
    }
    // EBITDA 0 every month counts as >= 0; cash never moves.
    expect(p.summary).toEqual({ breakEvenMonth: 0, lowestCash: 0, lowestCashMonth: 0, cashOutMonth: null });
  });

  it('keeps NRR null for months 0..10 even with customers', () => {
    const m = project(scenario({ plans: [{ initialCustomers: 5, price: 10 }] })).monthly;
    for (const k of months(0, 10)) expect(m.nrr[k]).toBeNull();
    expect(m.nrr[11]).toBeCloseTo(1, 12);
  });

  it('separates a zero from an undefined KPI', () => {
    // 10 customers at price 0, no churn; 1,200 a year buys 100 visitors a month, all convert.
    const drivers = { marketingBudget: 1200, visitorToTrial: 1, trialToPaid: 1 };
    const m = project(scenario({ plans: [{ initialCustomers: 10, price: 0 }], drivers })).monthly;
    expect(m.customers[0]).toBeCloseTo(110, 9); // 10 + 100
    expect(m.arpu[0]).toBe(0); // 0 / 110
    expect(m.grossMargin[0]).toBeNull(); // 0 / 0 revenue
    expect(m.cac[0]).toBeCloseTo(1, 12); // 100 / 100
    expect(m.cacPaybackMonths[0]).toBeNull(); // arpu x gm not > 0
    expect(m.customerChurnRate[0]).toBe(0); // 0 / 10
    expect(m.ltv[0]).toBeNull(); // ... / 0 churn
    expect(m.quickRatio[0]).toBeNull(); // (0 + 0) / (0 + 0)
  });

  it('gives no payback with a negative gross margin', () => {
    // 10 customers at 10, hosting 20 per customer; 12 a year buys 1 new customer a month.
    const drivers = { marketingBudget: 12, visitorToTrial: 1, trialToPaid: 1, cogsPerCustomer: 20 };
    const m = project(scenario({ plans: [{ initialCustomers: 10, price: 10 }], drivers })).monthly;
    expect(m.grossMargin[0]).toBeCloseTo(-1, 12); // (110 - 11 x 20) / 110
    expect(m.cac[0]).toBeCloseTo(1, 12); // 1 / 1
    expect(m.cacPaybackMonths[0]).toBeNull(); // arpu x gm = 10 x -1 < 0
  });
});

describe('(f) P&L, cash and the summary', () => {
  // 100 customers at 100, no churn: revenue 10,000 a month. cogs 12.5 % + 2 per customer
  // = 1,250 + 200 = 1,450; gross profit 8,550. Overhead 1,000 a month. Operating expenses
  // 10,550 / 8,550 / 5,550 give EBITDA -3,000 (2026), -1,000 (2027), +2,000 (2028..2030).
  const p = project(
    scenario({
      plans: [{ initialCustomers: 100, price: 100 }],
      drivers: { cogsPercent: 0.125, cogsPerCustomer: 2, salesMarketingOverhead: 1000, operatingExpenses: [10550, 8550, 5550, 5550, 5550] },
      startingCash: 40000,
    }),
  );
  const m = p.monthly;

  it('builds the month-0 P&L', () => {
    expect(m.revenue[0]).toBeCloseTo(10000, 9); // 100 x 100
    expect(m.cogs[0]).toBeCloseTo(1450, 9); // 10,000 x 0.125 + 100 x 2
    expect(m.grossProfit[0]).toBeCloseTo(8550, 9);
    expect(m.grossMargin[0]).toBeCloseTo(0.855, 12); // 8,550 / 10,000
    expect(m.salesMarketingOverhead[0]).toBe(1000);
    expect(m.operatingExpenses[0]).toBe(10550);
    expect(m.ebitda[0]).toBeCloseTo(-3000, 9); // 8,550 - 0 - 1,000 - 10,550
    expect(m.ebitda[12]).toBeCloseTo(-1000, 9); // 8,550 - 1,000 - 8,550
    expect(m.ebitda[24]).toBeCloseTo(2000, 9); // 8,550 - 1,000 - 5,550
  });

  it('accumulates cash from startingCash', () => {
    expect(m.cash[0]).toBeCloseTo(37000, 9); // 40,000 - 3,000
    expect(m.cash[11]).toBeCloseTo(4000, 9); // 40,000 - 12 x 3,000
    expect(m.cash[15]).toBeCloseTo(0, 9); // 4,000 - 4 x 1,000: zero is not below zero
    expect(m.cash[16]).toBeCloseTo(-1000, 9);
    expect(m.cash[23]).toBeCloseTo(-8000, 9); // 4,000 - 12 x 1,000
    expect(m.cash[59]).toBeCloseTo(64000, 9); // -8,000 + 36 x 2,000
  });

  it('summarises break-even, lowest cash and cash-out', () => {
    expect(p.summary.breakEvenMonth).toBe(24); // EBITDA >= 0 from month 24 on
    expect(p.summary.lowestCash).toBeCloseTo(-8000, 9); // month 23
    expect(p.summary.lowestCashMonth).toBe(23);
    expect(p.summary.cashOutMonth).toBe(16); // first month below 0 (month 15 is exactly 0)
  });

  it('sums 2026', () => {
    const y = p.years[0]!;
    expect(y.revenue).toBeCloseTo(120000, 9); // 12 x 10,000
    expect(y.cogs).toBeCloseTo(17400, 9); // 12 x 1,450
    expect(y.grossProfit).toBeCloseTo(102600, 9); // 12 x 8,550
    expect(y.salesMarketingOverhead).toBeCloseTo(12000, 9);
    expect(y.operatingExpenses).toBeCloseTo(126600, 9); // 12 x 10,550
    expect(y.ebitda).toBeCloseTo(-36000, 9); // 12 x -3,000
    expect(y.endingCash).toBeCloseTo(4000, 9);
    expect(y.grossMargin).toBeCloseTo(0.855, 12);
    expect(y.arpu).toBeCloseTo(100, 12); // 120,000 / 1,200 customer-months
    expect(p.years[1]!.endingCash).toBeCloseTo(-8000, 9);
    expect(p.years[2]!.endingCash).toBeCloseTo(16000, 9); // -8,000 + 12 x 2,000
  });

  // 1 customer at 100: revenue 100 a month, gross margin 1; EBITDA = 100 - operating expenses.
  const oneCustomer = (opex: number[], startingCash: number) =>
    project(scenario({ plans: [{ initialCustomers: 1, price: 100 }], drivers: { operatingExpenses: opex }, startingCash }));

  it('takes the first month of a tie for lowest cash, counts EBITDA 0 as break-even', () => {
    // EBITDA -100 (2026), 0 (2027), +100 after; cash 1,000 - 100 x (m + 1) through month 11.
    const p2 = oneCustomer([200, 100, 0, 0, 0], 1000);
    expect(p2.monthly.cash[9]).toBeCloseTo(0, 9); // 1,000 - 1,000
    expect(p2.monthly.cash[23]).toBeCloseTo(-200, 9); // flat through 2027
    expect(p2.monthly.cash[59]).toBeCloseTo(3400, 9); // -200 + 36 x 100
    expect(p2.summary).toEqual({ breakEvenMonth: 12, lowestCash: -200, lowestCashMonth: 11, cashOutMonth: 10 });
  });

  it('restarts break-even after a dip and gives null when month 59 is negative', () => {
    // EBITDA +100, -100 (2027), +100: cash 100 .. 1,200 (month 11) .. 0 (month 23) .. 3,600.
    const dip = oneCustomer([0, 200, 0, 0, 0], 0);
    expect(dip.summary).toEqual({ breakEvenMonth: 24, lowestCash: 0, lowestCashMonth: 23, cashOutMonth: null });
    // EBITDA -100 in 2030 only.
    const late = oneCustomer([0, 0, 0, 0, 200], 0);
    expect(late.summary.breakEvenMonth).toBeNull();
    expect(late.summary.cashOutMonth).toBeNull(); // 4,800 - 12 x 100 > 0
    expect(late.summary.lowestCash).toBeCloseTo(100, 9); // month 0
    expect(late.summary.lowestCashMonth).toBe(0);
  });
});

describe('shape', () => {
  it('has 60 months, 5 years and the plan ids in order', () => {
    const p = project(baselineValues());
    expect(p.monthly.mrr).toHaveLength(MONTHS);
    expect(p.monthly.nrr).toHaveLength(MONTHS);
    expect(p.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(p.planIds).toEqual(['starter', 'growth', 'pro']);
    expect(p.customersByPlan).toHaveLength(3);
  });
});
