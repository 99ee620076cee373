// Shared by the engine property tests (not shipped: only *.test.ts import it): random valid
// scenarios (docs/model.md, "One month"), the fixed seed and the relative tolerance.
import fc from 'fast-check';
import { five as cells, money, rate } from './test-arbitraries';
import { DRIVER_KEYS, MAX_PLANS, YEARS, type DriverKey, type PlanValues, type ScenarioValues } from './types';

export const RUNS = { numRuns: 1000, seed: 20261123 };
/** Relative tolerance; magnitudes below 1 (customer or currency unit) count as 1. */
export const REL = 1e-9;

const zeroOr = (arb: fc.Arbitrary<number>) => fc.oneof(fc.constant(0), arb);

const rawPlan = fc.record({
  initialCustomers: money(1e6),
  price: cells(money(1e4)),
  mixWeight: cells(money(1)),
  churn: cells(rate),
  upgrade: cells(rate),
  downgrade: cells(rate),
});
type RawPlan = typeof rawPlan extends fc.Arbitrary<infer T> ? T : never;

const rawDrivers = fc.record({
  marketingBudget: cells(money(1e8)),
  visitorAcquisitionCost: cells(fc.double({ min: 1e-3, max: 1e3, noNaN: true })),
  visitorToTrial: cells(rate),
  trialToPaid: cells(rate),
  cogsPercent: cells(rate),
  cogsPerCustomer: cells(money(1e3)),
  salesMarketingOverhead: cells(money(1e7)),
  operatingExpenses: cells(money(1e7)),
}) satisfies fc.Arbitrary<Record<DriverKey, number[]>>;

/**
 * Turns raw draws into a valid scenario: mix weights normalised per year (all on the first plan
 * when every weight is 0); upgrade 0 on the top plan, downgrade 0 on the bottom plan; churn,
 * upgrade and downgrade scaled down together when they sum to more than 1.
 */
function toScenario(raw: { startYear: number; startingCash: number; drivers: Record<DriverKey, number[]>; plans: RawPlan[] }): ScenarioValues {
  const P = raw.plans.length;
  const drivers = {} as Record<DriverKey, Float64Array>;
  for (const key of DRIVER_KEYS) drivers[key] = Float64Array.from(raw.drivers[key]);
  const plans: PlanValues[] = raw.plans.map((p, i) => ({
    id: `plan_${i}`,
    name: `Plan ${i}`,
    initialCustomers: p.initialCustomers,
    price: Float64Array.from(p.price),
    mix: new Float64Array(YEARS),
    churn: new Float64Array(YEARS),
    upgrade: new Float64Array(YEARS),
    downgrade: new Float64Array(YEARS),
  }));
  for (let y = 0; y < YEARS; y++) {
    let total = 0;
    for (const p of raw.plans) total += p.mixWeight[y]!;
    for (let i = 0; i < P; i++) {
      plans[i]!.mix[y] = total > 0 ? raw.plans[i]!.mixWeight[y]! / total : i === 0 ? 1 : 0;
      const churn = raw.plans[i]!.churn[y]!;
      const up = i < P - 1 ? raw.plans[i]!.upgrade[y]! : 0;
      const down = i > 0 ? raw.plans[i]!.downgrade[y]! : 0;
      const sum = churn + up + down;
      const k = sum > 1 ? 1 / sum : 1;
      plans[i]!.churn[y] = churn * k;
      plans[i]!.upgrade[y] = up * k;
      plans[i]!.downgrade[y] = down * k;
    }
  }
  return { startYear: raw.startYear, startingCash: raw.startingCash, drivers, plans };
}

/** Valid scenarios with minPlans..maxPlans plans. */
export const scenariosOf = (minPlans: number, maxPlans: number): fc.Arbitrary<ScenarioValues> => fc
  .record({
    startYear: fc.integer({ min: 2000, max: 2100 }),
    startingCash: zeroOr(fc.double({ min: -1e9, max: 1e9, noNaN: true })),
    drivers: rawDrivers,
    plans: fc.array(rawPlan, { minLength: minPlans, maxLength: maxPlans }),
  })
  .map(toScenario);
export const scenarioArb = scenariosOf(1, MAX_PLANS);

/** Throws (so fast-check shrinks and reports) unless |actual - expected| <= REL x max(scale, 1). */
export function near(actual: number, expected: number, scale: number, what: string): void {
  const tolerance = REL * Math.max(Math.abs(scale), 1);
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`${what}: ${actual} != ${expected} (difference ${actual - expected}, tolerance ${tolerance})`);
  }
}
