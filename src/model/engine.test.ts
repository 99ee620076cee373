// Golden numbers for the engine, each worked out on paper from docs/model.md (the arithmetic sits
// beside every expected value) and never copied from the engine's output.
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { project } from './engine';
import { DRIVER_KEYS, MONTHS, YEARS, type DriverKey, type PlanValues, type ScenarioValues } from './types';

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

type Cells = number | number[];
const row = (cells: Cells): Float64Array =>
  typeof cells === 'number' ? new Float64Array(YEARS).fill(cells) : Float64Array.from(cells);

interface PlanSpec {
  initialCustomers?: number;
  price: Cells;
  mix?: Cells;
  churn?: Cells;
  upgrade?: Cells;
  downgrade?: Cells;
}

/**
 * A small scenario: no marketing, no costs, no movements unless given. Unless a plan says
 * otherwise, the first plan takes every new customer (mix 1, the others 0).
 */
function scenario(spec: { plans: PlanSpec[]; drivers?: Partial<Record<DriverKey, Cells>>; startingCash?: number }): ScenarioValues {
  const defaults: Record<DriverKey, Cells> = {
    marketingBudget: 0,
    visitorAcquisitionCost: 1,
    visitorToTrial: 0,
    trialToPaid: 0,
    cogsPercent: 0,
    cogsPerCustomer: 0,
    salesMarketingOverhead: 0,
    operatingExpenses: 0,
  };
  const drivers = {} as Record<DriverKey, Float64Array>;
  for (const key of DRIVER_KEYS) drivers[key] = row(spec.drivers?.[key] ?? defaults[key]);
  const plans: PlanValues[] = spec.plans.map((p, i) => ({
    id: `p${i}`,
    name: `Plan ${i}`,
    initialCustomers: p.initialCustomers ?? 0,
    price: row(p.price),
    mix: row(p.mix ?? (i === 0 ? 1 : 0)),
    churn: row(p.churn ?? 0),
    upgrade: row(p.upgrade ?? 0),
    downgrade: row(p.downgrade ?? 0),
  }));
  return { startYear: 2026, startingCash: spec.startingCash ?? 0, drivers, plans };
}

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

describe('(g) annual figures', () => {
  // Plan A at 10 (no initial customers, takes every new one), plan B at 30 (10 customers).
  // Marketing 1,200 a year = 100 a month, 1 per visitor, 50 % trial, 20 % paid: 10 new a month.
  // So in month m (k = m + 1): A = 10k, B = 10, customers 10k + 10, mrr 100k + 300.
  // cogs 25 % + 1 per customer; overhead 50 and operating expenses 1,000 a month; cash 10,000.
  const p = project(
    scenario({
      plans: [{ price: 10, mix: 1 }, { initialCustomers: 10, price: 30, mix: 0 }],
      drivers: {
        marketingBudget: 1200, visitorAcquisitionCost: 1, visitorToTrial: 0.5, trialToPaid: 0.2,
        cogsPercent: 0.25, cogsPerCustomer: 1, salesMarketingOverhead: 50, operatingExpenses: 1000,
      },
      startingCash: 10000,
    }),
  );

  it('gives month 0 for reference', () => {
    expect(p.monthly.mrr[0]).toBeCloseTo(400, 9); // 10 x 10 + 10 x 30
    expect(p.monthly.cogs[0]).toBeCloseTo(120, 9); // 400 x 0.25 + 20 x 1
    expect(p.monthly.ebitda[0]).toBeCloseTo(-870, 9); // 280 - 100 - 50 - 1,000
  });

  it('sums 2026 and takes ratios of the sums', () => {
    const y = p.years[0]!;
    expect(y.year).toBe(2026);
    expect(y.revenue).toBeCloseTo(11400, 9); // 100 x (1 + .. + 12 = 78) + 12 x 300
    expect(y.cogs).toBeCloseTo(3750, 9); // 11,400 x 0.25 + 900 customer-months x 1
    expect(y.grossProfit).toBeCloseTo(7650, 9);
    expect(y.marketingSpend).toBeCloseTo(1200, 9);
    expect(y.salesMarketingOverhead).toBeCloseTo(600, 9);
    expect(y.operatingExpenses).toBeCloseTo(12000, 9);
    expect(y.ebitda).toBeCloseTo(-6150, 9); // 7,650 - 1,200 - 600 - 12,000
    expect(y.visitors).toBeCloseTo(1200, 9);
    expect(y.trials).toBeCloseTo(600, 9);
    expect(y.newCustomers).toBeCloseTo(120, 9);
    expect(y.grossMargin).toBeCloseTo(7650 / 11400, 12); // 0.671052631579
    expect(y.cac).toBeCloseTo(10, 12); // 1,200 / 120
    expect(y.fullyLoadedCac).toBeCloseTo(15, 12); // (1,200 + 600) / 120
    // customer-months: 10 x 78 + 12 x 10 = 900; arpu = 11,400 / 900 (not the mean of monthly arpu)
    expect(y.arpu).toBeCloseTo(12.666666666667, 11);
    // cac / (arpu x gm) = 10 / (7,650 / 900 = 8.5)
    expect(y.cacPaybackMonths).toBeCloseTo(1.176470588235, 11);
  });

  it('takes stocks from December', () => {
    const y = p.years[0]!;
    expect(y.endingMrr).toBeCloseTo(1500, 9); // 100 x 12 + 300
    expect(y.arr).toBeCloseTo(18000, 9); // 12 x 1,500
    expect(y.endingCustomers).toBeCloseTo(130, 9); // 10 x 12 + 10
    expect(y.endingCash).toBeCloseTo(3850, 9); // 10,000 - 6,150
    expect(y.nrr).toBeCloseTo(1, 12); // the 10 initial B customers, unchanged
    expect(y.ltv).toBeNull(); // no churn
    expect(y.ltvToCac).toBeNull();
  });

  it('sums 2027', () => {
    const y = p.years[1]!;
    // k = 13..24, sum 222: revenue 22,200 + 3,600; customer-months 2,220 + 120
    expect(y.revenue).toBeCloseTo(25800, 9);
    expect(y.arpu).toBeCloseTo(25800 / 2340, 12);
    expect(y.grossProfit).toBeCloseTo(17010, 9); // 25,800 x 0.75 - 2,340
    expect(y.ebitda).toBeCloseTo(3210, 9); // 17,010 - 1,200 - 600 - 12,000
    expect(y.endingCash).toBeCloseTo(7060, 9); // 3,850 + 3,210
    expect(y.endingMrr).toBeCloseTo(2700, 9); // 100 x 24 + 300
    expect(y.endingCustomers).toBeCloseTo(250, 9);
    expect(y.nrr).toBeCloseTo(1, 12); // month 11's 120 A + 10 B, no churn: 1,500 / 1,500
  });

  it('takes ltv, ltvToCac and payback in a steady state', () => {
    // 1,000 customers at 100, 5 % churn (50 a month) replaced by 50 new: 12,000 a year = 1,000
    // a month, 10 per visitor = 100 visitors, 50 % trial, 100 % paid. cogs 20 %, overhead 500.
    const s = project(
      scenario({
        plans: [{ initialCustomers: 1000, price: 100, churn: 0.05 }],
        drivers: { marketingBudget: 12000, visitorAcquisitionCost: 10, visitorToTrial: 0.5, trialToPaid: 1, cogsPercent: 0.2, salesMarketingOverhead: 500 },
      }),
    );
    const m = s.monthly;
    for (const k of months(0, 59)) {
      expect(m.customers[k]).toBeCloseTo(1000, 9); // 1,000 - 50 + 50
      expect(m.newMrr[k]).toBeCloseTo(5000, 9); // 50 x 100
      expect(m.churnedMrr[k]).toBeCloseTo(5000, 9);
      expect(m.cac[k]).toBeCloseTo(20, 12); // 1,000 / 50
      expect(m.fullyLoadedCac[k]).toBeCloseTo(30, 12); // (1,000 + 500) / 50
      expect(m.ltv[k]).toBeCloseTo(1600, 9); // 100 x 0.8 / 0.05
      expect(m.ltvToCac[k]).toBeCloseTo(80, 10); // 1,600 / 20
      expect(m.cacPaybackMonths[k]).toBeCloseTo(0.25, 12); // 20 / (100 x 0.8)
      expect(m.quickRatio[k]).toBeCloseTo(1, 12); // 5,000 / 5,000
    }
    // NRR follows the cohort only, not the replacements: 0.95^12
    expect(m.nrr[11]).toBeCloseTo(0.540360087662637, 12);
    for (const y of s.years) {
      expect(y.ltv).toBeCloseTo(1600, 9);
      expect(y.ltvToCac).toBeCloseTo(80, 10);
      expect(y.cac).toBeCloseTo(20, 12); // 12,000 / 600
      expect(y.arpu).toBeCloseTo(100, 12); // 1,200,000 / 12,000 customer-months
      expect(y.cacPaybackMonths).toBeCloseTo(0.25, 12);
      expect(y.nrr).toBeCloseTo(0.540360087662637, 12);
      expect(y.arr).toBeCloseTo(1200000, 6); // 12 x 100,000
    }
  });
});

describe('shape', () => {
  it('has 60 months, 5 years and the plan ids in order', () => {
    const p = project(toValues(baseline));
    expect(p.monthly.mrr).toHaveLength(MONTHS);
    expect(p.monthly.nrr).toHaveLength(MONTHS);
    expect(p.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(p.planIds).toEqual(['starter', 'growth', 'pro']);
    expect(p.customersByPlan).toHaveLength(3);
  });
});
