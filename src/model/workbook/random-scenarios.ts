// Shared by the workbook tests (not shipped): valid random scenarios with formula cells, plans
// from 1 to 6, zero budgets and customers (undefined KPIs), targets met and missed, funding.
import fc from 'fast-check';
import { monthText } from '../calendar';
import { ANNUAL_FIGURES, DRIVER_KEYS, YEARS, type Cell, type Scenario } from '../types';

// Numbers as a planner types them (a million steps over the range): no subnormal noise that
// would overflow a ratio, which the engine reads as undefined and a spreadsheet as #NUM!.
const num = (min: number, max: number) => fc.integer({ min: 0, max: 1_000_000 }).map((k) => Number((min + ((max - min) * k) / 1_000_000).toPrecision(8)));
const sometimesZero = (arb: fc.Arbitrary<number>) => fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: arb });

/** A row of 5 cells: numbers, or a number then formulas from `formulas` (each reads `prev` or other rows). */
function row(first: fc.Arbitrary<number>, formulas: readonly string[]): fc.Arbitrary<Cell[]> {
  const later = formulas.length ? fc.oneof(first, fc.constantFrom(...formulas)) : first;
  return fc.tuple(first, fc.array(later, { minLength: YEARS - 1, maxLength: YEARS - 1 })).map(([a, rest]) => [a, ...rest]);
}

const drivers = fc.record({
  marketingBudget: row(sometimesZero(num(1e4, 5e6)), ['=prev * 1.6', '=round(prev * 1.07, 2)', '=prev + (year mod 2) * 25000']),
  visitorAcquisitionCost: row(num(0.5, 40), ['=prev * 1.05', '=max(prev - 0.25, 0.5)']),
  visitorToTrial: row(sometimesZero(num(0.001, 0.3)), ['=min(prev + 0.004, 0.3)', '=prev']),
  trialToPaid: row(sometimesZero(num(0.01, 0.6)), ['=prev + 0.01875']),
  cogsPercent: row(num(0, 0.3), ['=prev * 0.95']),
  cogsPerCustomer: row(sometimesZero(num(0, 15)), ['=prev + 0.5']),
  salesMarketingOverhead: row(sometimesZero(num(0, 1e5)), ['=marketingBudget / 24', '=prev * 1.2']),
  operatingExpenses: row(num(0, 3e5), ['=prev * 1.25 + 1000', '=-2 ^ 2 + prev + 4']),
});

const plan = (i: number, P: number) => fc.record({
  initialCustomers: sometimesZero(num(1, 2000)),
  price: row(sometimesZero(num(5, 300)), i > 0 ? [`=price_p${i - 1} * 2`, '=prev + 10'] : ['=prev * 1.1', '=ceil(prev * 1.05)']),
  churn: row(num(0, 0.1), ['=max(prev - 0.0025, 0.01)']),
  upgrade: i < P - 1 ? row(num(0, 0.05), ['=prev']) : fc.constant<Cell[]>([0, 0, 0, 0, 0]),
  downgrade: i > 0 ? row(num(0, 0.05), []) : fc.constant<Cell[]>([0, 0, 0, 0, 0]),
  weights: fc.array(num(0, 1), { minLength: YEARS, maxLength: YEARS }),
});

const targetMetrics = [...ANNUAL_FIGURES, ...DRIVER_KEYS, 'price_p0', 'churn_p0'];
const target = fc.record({
  metric: fc.constantFrom(...targetMetrics),
  year: fc.integer({ min: 0, max: YEARS - 1 }),
  bound: fc.constantFrom('min', 'max', 'both'),
  level: num(-1e4, 1e6),
});

/** Valid random scenarios (schema version 2, with funding rounds). */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.integer({ min: 1, max: 6 }).chain((P) => fc.record({
  startYear: fc.integer({ min: 2000, max: 2100 }),
  startingCash: num(-1e6, 1e7),
  drivers,
  plans: fc.tuple(...Array.from({ length: P }, (_, i) => plan(i, P))),
  targets: fc.array(target, { maxLength: 4 }),
  funding: fc.array(fc.record({ m: fc.integer({ min: 0, max: 59 }), amount: num(1000, 5e6), named: fc.boolean() }), { maxLength: 3 }),
})).map(({ startYear, startingCash, drivers: d, plans, targets, funding }) => {
  // Mix: each year's weights over the plans, made to sum to 1 (the last plan takes the rest).
  const mixes = plans.map(() => [] as number[]);
  for (let y = 0; y < YEARS; y++) {
    const total = plans.reduce((sum, p) => sum + p.weights[y]!, 0);
    let rest = 1;
    plans.forEach((p, i) => {
      const share = i === plans.length - 1 ? Math.max(rest, 0) : total > 0 ? p.weights[y]! / total : i === 0 ? 1 : 0;
      mixes[i]!.push(share);
      rest -= share;
    });
  }
  return {
    schemaVersion: 2,
    name: 'random',
    currency: 'USD',
    startYear,
    startingCash,
    drivers: d as Record<(typeof DRIVER_KEYS)[number], Cell[]>,
    plans: plans.map((p, i) => ({ id: `p${i}`, name: `Plan ${i}`, initialCustomers: p.initialCustomers, price: p.price, mix: mixes[i]!, churn: p.churn, upgrade: p.upgrade, downgrade: p.downgrade })),
    targets: targets.map((t) => ({
      metric: t.metric, year: startYear + t.year,
      ...(t.bound !== 'max' && { min: t.level }),
      ...(t.bound !== 'min' && { max: t.level * 2 + 1 }),
    })),
    // Rounds may share a month (they add up).
    funding: funding.map((f, k) => ({ month: monthText(startYear, f.m), amount: f.amount, ...(f.named && { name: `Round ${k + 1}` }) })),
  } satisfies Scenario;
});

/** n random scenarios from a fixed seed: the same ones on every run. */
export function randomScenarios(n: number, seed = 19): Scenario[] {
  return fc.sample(scenarioArbitrary, { seed, numRuns: n });
}
