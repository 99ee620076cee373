// Golden numbers for the engine, each worked out on paper from docs/model.md (the arithmetic sits
// beside every expected value) and never copied from the engine's output.
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { project } from './engine';
import { smallValues } from './test-values';
import { DRIVER_KEYS, type DriverKey, type ScenarioValues } from './types';

/** The seed file's shape when every cell is a plain number (the baseline has no formulas). */
interface NumericScenario {
  startYear: number;
  startingCash: number;
  drivers: Record<DriverKey, number[]>;
  plans: {
    id: string;
    name: string;
    initialCustomers: number;
    price: number[];
    mix: number[];
    churn: number[];
    upgrade: number[];
    downgrade: number[];
  }[];
}

function toValues(json: NumericScenario): ScenarioValues {
  const drivers = {} as Record<DriverKey, Float64Array>;
  for (const key of DRIVER_KEYS) drivers[key] = Float64Array.from(json.drivers[key]);
  return {
    startYear: json.startYear,
    startingCash: json.startingCash,
    drivers,
    plans: json.plans.map((p) => ({
      id: p.id,
      name: p.name,
      initialCustomers: p.initialCustomers,
      price: Float64Array.from(p.price),
      mix: Float64Array.from(p.mix),
      churn: Float64Array.from(p.churn),
      upgrade: Float64Array.from(p.upgrade),
      downgrade: Float64Array.from(p.downgrade),
    })),
  };
}

// A small scenario: no marketing, no costs, no movements unless given; the first plan takes
// every new customer unless a plan says otherwise (test-values.ts).
const scenario = smallValues;

const months = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('worked check: crm-baseline, month 0 and 2026 (MODEL.md)', () => {
  const p = project(toValues(baseline));
  const m = p.monthly;

  it('runs the funnel and splits new customers by mix', () => {
    expect(m.marketingSpend[0]).toBeCloseTo(16666.67, 2); // 200,000 / 12
    expect(m.visitors[0]).toBeCloseTo(2083.33, 2); // 16,666.67 / 8
    expect(m.trials[0]).toBeCloseTo(125, 9); // 2,083.33 x 0.06
    expect(m.newCustomers[0]).toBeCloseTo(25, 9); // 125 x 0.20
    expect(p.customersByPlan[0]![0]).toBeCloseTo(15, 9); // 25 x 0.60 (no initial customers)
    expect(p.customersByPlan[1]![0]).toBeCloseTo(7.5, 9); // 25 x 0.30
    expect(p.customersByPlan[2]![0]).toBeCloseTo(2.5, 9); // 25 x 0.10
    expect(m.customers[0]).toBeCloseTo(25, 9); // 15 + 7.5 + 2.5
  });

  it('gives the month-0 MRR and KPIs', () => {
    expect(m.mrr[0]).toBeCloseTo(1950, 9); // 15 x 50 + 7.5 x 100 + 2.5 x 180 = 750 + 750 + 450
    expect(m.newMrr[0]).toBeCloseTo(1950, 9); // all of it is new
    expect(m.startMrr[0]).toBe(0); // no initial customers
    expect(m.arpu[0]).toBeCloseTo(78.0, 9); // 1,950 / 25
    expect(m.grossMargin[0]).toBeCloseTo(0.92, 9); // (1,950 - 1,950 x 0.08) / 1,950
    expect(m.cac[0]).toBeCloseTo(666.67, 2); // 16,666.67 / 25
    expect(m.cacPaybackMonths[0]).toBeCloseTo(9.29, 2); // 666.67 / (78 x 0.92 = 71.76) = 9.2902
    expect(m.fullyLoadedCac[0]).toBeCloseTo(1066.67, 2); // (16,666.67 + 10,000) / 25
  });

  it('leaves undefined KPIs null in month 0 (nobody at the start of the month)', () => {
    expect(m.customerChurnRate[0]).toBeNull(); // 0 churned / 0 at the start
    expect(m.ltv[0]).toBeNull();
    expect(m.ltvToCac[0]).toBeNull();
    expect(m.quickRatio[0]).toBeNull(); // (1,950 + 0) / (0 + 0)
  });

  it('sums 2026', () => {
    const y = p.years[0]!;
    expect(y.year).toBe(2026);
    expect(y.visitors).toBeCloseTo(25000, 6); // 200,000 / 8
    expect(y.trials).toBeCloseTo(1500, 6); // 25,000 x 0.06
    expect(y.newCustomers).toBeCloseTo(300, 6); // 1,500 x 0.20
    expect(y.cac).toBeCloseTo(666.67, 2); // 200,000 / 300
    expect(y.marketingSpend).toBeCloseTo(200000, 6); // 12 x 16,666.67
  });

  it('has no NRR for 2026: the initial cohort is empty', () => {
    // Month 11's cohort is the initial customers (0 of them): start mrr 0, so null.
    expect(m.nrr[11]).toBeNull();
    expect(p.years[0]!.nrr).toBeNull();
    // Month 12's cohort is month 0's 25 customers: a number.
    expect(m.nrr[12]).not.toBeNull();
  });
});

describe('(a) one plan, no churn, a price rise in year 2', () => {
  // 10 customers at 100 in 2026, 110 from 2027; nothing else moves.
  const p = project(scenario({ plans: [{ initialCustomers: 10, price: [100, 110, 110, 110, 110] }] }));
  const m = p.monthly;

  it('keeps mrr at 10 x 100 = 1,000 through 2026', () => {
    for (const k of months(0, 11)) {
      expect(m.mrr[k]).toBeCloseTo(1000, 9);
      expect(m.expansionMrr[k]).toBe(0);
      expect(m.contractionMrr[k]).toBe(0);
    }
  });

  it('books the repricing as expansion in month 12', () => {
    expect(m.startMrr[12]).toBeCloseTo(1000, 9); // 10 x q = 10 x 100
    expect(m.expansionMrr[12]).toBeCloseTo(100, 9); // (10 - 0) x (110 - 100)
    expect(m.contractionMrr[12]).toBe(0);
    expect(m.mrr[12]).toBeCloseTo(1100, 9); // 10 x 110
    // MRR identity: 1,000 + 0 + 100 - 0 - 0 = 1,100
    expect(m.startMrr[12]! + m.newMrr[12]! + m.expansionMrr[12]! - m.contractionMrr[12]! - m.churnedMrr[12]!).toBeCloseTo(1100, 9);
    expect(m.quickRatio[12]).toBeNull(); // (0 + 100) / (0 + 0)
    expect(m.expansionMrr[13]).toBe(0); // q = p = 110 from month 13
    expect(m.startMrr[13]).toBeCloseTo(1100, 9);
  });

  it('computes NRR over the price change', () => {
    for (const k of months(0, 10)) expect(m.nrr[k]).toBeNull(); // no 12-month window yet
    expect(m.nrr[11]).toBeCloseTo(1.0, 12); // 10 x 100 / (10 x 100 at 2026 prices)
    expect(m.nrr[12]).toBeCloseTo(1.1, 12); // month 0: 10 x 100 = 1,000; month 12: 10 x 110 = 1,100
    expect(m.nrr[23]).toBeCloseTo(1.1, 12); // month 11: 10 x 100; month 23: 10 x 110
    expect(m.nrr[24]).toBeCloseTo(1.0, 12); // month 12 and month 24 both at 110
    expect(p.years[1]!.nrr).toBeCloseTo(1.1, 12); // December 2027 = month 23
    expect(p.years[2]!.nrr).toBeCloseTo(1.0, 12);
    expect(p.years[1]!.endingMrr).toBeCloseTo(1100, 9);
    expect(p.years[1]!.arr).toBeCloseTo(13200, 9); // 12 x 1,100
  });

  it('charges churn at the old price and reprices the survivors', () => {
    // 100 customers, price 100 -> 120 in 2027, churn 0 in 2026 and 10 % from 2027.
    const q = project(scenario({ plans: [{ initialCustomers: 100, price: [100, 120, 120, 120, 120], churn: [0, 0.1, 0.1, 0.1, 0.1] }] })).monthly;
    expect(q.startMrr[12]).toBeCloseTo(10000, 9); // 100 x 100
    expect(q.churnedCustomers[12]).toBeCloseTo(10, 9); // 100 x 0.1
    expect(q.churnedMrr[12]).toBeCloseTo(1000, 9); // 10 x q = 10 x 100
    expect(q.expansionMrr[12]).toBeCloseTo(1800, 9); // (100 - 10) x (120 - 100)
    expect(q.mrr[12]).toBeCloseTo(10800, 9); // 90 x 120 = 10,000 - 1,000 + 1,800
    expect(q.customerChurnRate[12]).toBeCloseTo(0.1, 12);
    expect(q.quickRatio[12]).toBeCloseTo(1.8, 12); // (0 + 1,800) / (1,000 + 0)
    expect(q.nrr[11]).toBeCloseTo(1.0, 12); // no churn in 2026, same price
    expect(q.nrr[12]).toBeCloseTo(1.08, 12); // month 0: 100 x 100; month 12: 90 x 120 = 10,800
    // month 11: 100 x 100 = 10,000; 12 months of 10 % churn at 120: 100 x 0.9^12 x 120
    // = 12,000 x 0.282429536481 = 3,389.154437772 -> 0.3389154437772
    expect(q.nrr[23]).toBeCloseTo(0.3389154437772, 12);
  });
});

describe('(b) churn only', () => {
  // 1,000 customers at 100, 5 % churn a month, cogs 20 % of revenue, no marketing.
  const p = project(scenario({ plans: [{ initialCustomers: 1000, price: 100, churn: 0.05 }], drivers: { cogsPercent: 0.2 } }));
  const m = p.monthly;

  it('decays customers as 1,000 x 0.95^(m+1)', () => {
    expect(m.customers[0]).toBeCloseTo(950, 9); // 1,000 x 0.95
    expect(m.customers[1]).toBeCloseTo(902.5, 9); // 950 x 0.95
    for (const k of months(0, 59)) expect(m.customers[k]).toBeCloseTo(1000 * 0.95 ** (k + 1), 8);
  });

  it('charges churn at the start-of-month base', () => {
    expect(m.churnedCustomers[0]).toBeCloseTo(50, 9); // 1,000 x 0.05
    expect(m.churnedMrr[0]).toBeCloseTo(5000, 9); // 50 x 100
    expect(m.churnedCustomers[1]).toBeCloseTo(47.5, 9); // 950 x 0.05
    expect(m.churnedMrr[1]).toBeCloseTo(4750, 9); // 47.5 x 100
    expect(m.startMrr[0]).toBeCloseTo(100000, 9); // 1,000 x 100
    expect(m.mrr[0]).toBeCloseTo(95000, 9); // 100,000 - 5,000
    for (const k of months(0, 59)) {
      expect(m.churnedMrr[k]).toBeCloseTo(1000 * 0.95 ** k * 0.05 * 100, 7);
      expect(m.customerChurnRate[k]).toBeCloseTo(0.05, 12);
      expect(m.arpu[k]).toBeCloseTo(100, 9);
      expect(m.grossMargin[k]).toBeCloseTo(0.8, 12); // 1 - 0.2
      expect(m.ltv[k]).toBeCloseTo(1600, 8); // 100 x 0.8 / 0.05
      expect(m.quickRatio[k]).toBe(0); // (0 + 0) / (churnedMrr + 0)
      expect(m.cac[k]).toBeNull(); // no new customers
      expect(m.ltvToCac[k]).toBeNull();
    }
  });

  it('gives NRR = 0.95^12 = 0.540360087662637', () => {
    // 0.95^2 = 0.9025; ^4 = 0.81450625; ^8 = 0.663420431289; ^12 = 0.663420431289 x 0.81450625
    expect(m.nrr[11]).toBeCloseTo(0.540360087662637, 12);
    expect(m.nrr[35]).toBeCloseTo(0.540360087662637, 12); // same churn every year
    expect(p.years[0]!.nrr).toBeCloseTo(0.540360087662637, 12);
    expect(p.years[0]!.ltv).toBeCloseTo(1600, 8); // December's
    expect(p.years[0]!.ltvToCac).toBeNull();
  });
});

describe('(c) one upgrade step', () => {
  // Starter 100 customers at 50, Pro 0 at 100, 10 % of Starter upgrade each month.
  const p = project(scenario({ plans: [{ initialCustomers: 100, price: 50, upgrade: 0.1 }, { price: 100 }] }));
  const m = p.monthly;
  const [starter, pro] = p.customersByPlan;

  it('moves 10 in month 0', () => {
    expect(starter![0]).toBeCloseTo(90, 9); // 100 - 10
    expect(pro![0]).toBeCloseTo(10, 9); // 0 + 10
    expect(m.startMrr[0]).toBeCloseTo(5000, 9); // 100 x 50
    expect(m.expansionMrr[0]).toBeCloseTo(500, 9); // 10 x (100 - 50)
    expect(m.contractionMrr[0]).toBe(0);
    expect(m.mrr[0]).toBeCloseTo(5500, 9); // 90 x 50 + 10 x 100 = 4,500 + 1,000
    expect(m.customers[0]).toBeCloseTo(100, 9); // an upgrade is not churn
    expect(m.customerChurnRate[0]).toBe(0);
    expect(m.ltv[0]).toBeNull(); // churn rate 0
  });

  it('moves 9 in month 1 and 8.1 in month 2', () => {
    expect(starter![1]).toBeCloseTo(81, 9); // 90 - 9
    expect(pro![1]).toBeCloseTo(19, 9); // 10 + 9
    expect(m.startMrr[1]).toBeCloseTo(5500, 9);
    expect(m.expansionMrr[1]).toBeCloseTo(450, 9); // 9 x 50
    expect(m.mrr[1]).toBeCloseTo(5950, 9); // 81 x 50 + 19 x 100 = 4,050 + 1,900
    expect(starter![2]).toBeCloseTo(72.9, 9); // 81 - 8.1
    expect(pro![2]).toBeCloseTo(27.1, 9);
    expect(m.expansionMrr[2]).toBeCloseTo(405, 9); // 8.1 x 50
    expect(m.mrr[2]).toBeCloseTo(6355, 9); // 72.9 x 50 + 27.1 x 100 = 3,645 + 2,710
    expect(p.mrrByPlan[1]![2]).toBeCloseTo(2710, 9);
  });

  it('gives NRR month 11 = 2 - 0.9^12', () => {
    // Starter at month 11: 100 x 0.9^12 = 28.2429536481; Pro: 100 - 28.2429536481.
    // mrr = 50 x S + 100 x (100 - S) = 10,000 - 50 x 28.2429536481 = 8,587.852317595;
    // over 5,000: 2 - 0.282429536481 = 1.717570463519
    expect(m.nrr[11]).toBeCloseTo(1.717570463519, 11);
  });
});
