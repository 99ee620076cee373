// Properties of the engine (docs/model.md, "One month") over random valid scenarios.
// Fixed seed: a failure prints the seed and the shrunk counterexample, and reruns the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { firstChangedYear, projectEdit } from './project-edit';
import { DRIVER_KEYS, MAX_PLANS, MONTHLY_FLOWS, MONTHS, YEARS, type DriverKey, type PlanValues, type ScenarioValues } from './types';

const RUNS = { numRuns: 1000, seed: 20261123 };
/** Relative tolerance; magnitudes below 1 (customer or currency unit) count as 1. */
const REL = 1e-9;

const zeroOr = (arb: fc.Arbitrary<number>) => fc.oneof(fc.constant(0), arb);
const rate = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));
const money = (max: number) => zeroOr(fc.double({ min: 0, max, noNaN: true }));
const cells = (arb: fc.Arbitrary<number>) => fc.array(arb, { minLength: YEARS, maxLength: YEARS });

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
const scenariosOf = (minPlans: number, maxPlans: number): fc.Arbitrary<ScenarioValues> => fc
  .record({
    startYear: fc.integer({ min: 2000, max: 2100 }),
    startingCash: zeroOr(fc.double({ min: -1e9, max: 1e9, noNaN: true })),
    drivers: rawDrivers,
    plans: fc.array(rawPlan, { minLength: minPlans, maxLength: maxPlans }),
  })
  .map(toScenario);
const scenarioArb = scenariosOf(1, MAX_PLANS);

/**
 * A scenario and an edit of it: the same through year `from - 1`, another valid scenario's
 * inputs from year `from` on (every MODEL.md rule is per year, so the splice stays valid).
 */
const editArb = fc.integer({ min: 1, max: MAX_PLANS }).chain((P) =>
  fc.tuple(scenariosOf(P, P), scenariosOf(P, P), fc.integer({ min: 0, max: YEARS })).map(([before, other, from]) => {
    const splice = (a: Float64Array, b: Float64Array) => Float64Array.from(a, (x, y) => (y < from ? x : b[y]!));
    const drivers = { ...before.drivers };
    for (const key of DRIVER_KEYS) drivers[key] = splice(before.drivers[key], other.drivers[key]);
    const plans = before.plans.map((p, i) => {
      const o = other.plans[i]!;
      return { ...p, price: splice(p.price, o.price), mix: splice(p.mix, o.mix), churn: splice(p.churn, o.churn), upgrade: splice(p.upgrade, o.upgrade), downgrade: splice(p.downgrade, o.downgrade) };
    });
    return { before, after: { ...before, drivers, plans } as ScenarioValues, from };
  }),
);

/** Throws (so fast-check shrinks and reports) unless |actual - expected| <= REL x max(scale, 1). */
function near(actual: number, expected: number, scale: number, what: string): void {
  const tolerance = REL * Math.max(Math.abs(scale), 1);
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`${what}: ${actual} != ${expected} (difference ${actual - expected}, tolerance ${tolerance})`);
  }
}

const newCustomersOf = (v: ScenarioValues, y: number): number =>
  (v.drivers.marketingBudget[y]! / 12 / v.drivers.visitorAcquisitionCost[y]!) * v.drivers.visitorToTrial[y]! * v.drivers.trialToPaid[y]!;

describe('engine properties (fast-check, 1,000 runs, seed 20261123)', () => {
  it('the generator only yields valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const P = v.plans.length;
        if (P < 1 || P > MAX_PLANS) throw new Error(`${P} plans`);
        for (let y = 0; y < YEARS; y++) {
          if (!(v.drivers.visitorAcquisitionCost[y]! > 0)) throw new Error('visitorAcquisitionCost <= 0');
          let mix = 0;
          v.plans.forEach((p, i) => {
            mix += p.mix[y]!;
            const sum = p.churn[y]! + p.upgrade[y]! + p.downgrade[y]!;
            if (sum > 1 + 1e-12) throw new Error(`plan ${i} year ${y}: churn + upgrade + downgrade = ${sum}`);
            if (i === P - 1 && p.upgrade[y] !== 0) throw new Error('upgrade on the top plan');
            if (i === 0 && p.downgrade[y] !== 0) throw new Error('downgrade on the bottom plan');
          });
          near(mix, 1, 1, `mix sum, year ${y}`);
        }
      }),
      RUNS,
    );
  });

  it('MRR identity: mrr = startMrr + newMrr + expansionMrr - contractionMrr - churnedMrr, startMrr(m) = mrr(m-1)', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const s = project(v).monthly;
        for (let m = 0; m < MONTHS; m++) {
          const terms = [s.startMrr[m]!, s.newMrr[m]!, s.expansionMrr[m]!, s.contractionMrr[m]!, s.churnedMrr[m]!];
          const magnitude = terms.reduce((a, t) => a + Math.abs(t), Math.abs(s.mrr[m]!));
          near(s.mrr[m]!, terms[0]! + terms[1]! + terms[2]! - terms[3]! - terms[4]!, magnitude, `mrr identity, month ${m}`);
          if (s.expansionMrr[m]! < 0 || s.contractionMrr[m]! < 0) throw new Error(`negative expansion or contraction, month ${m}`);
          if (m > 0) near(s.startMrr[m]!, s.mrr[m - 1]!, s.mrr[m - 1]!, `startMrr = last month's mrr, month ${m}`);
        }
        // startMrr(0) = sum of initial customers x this year's price
        const start0 = v.plans.reduce((a, p) => a + p.initialCustomers * p.price[0]!, 0);
        near(s.startMrr[0]!, start0, start0, 'startMrr, month 0');
      }),
      RUNS,
    );
  });

  it('each plan conserves customers; no plan goes negative', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const p = project(v);
        const P = v.plans.length;
        let S = v.plans.map((plan) => plan.initialCustomers);
        for (let m = 0; m < MONTHS; m++) {
          const y = Math.floor(m / 12);
          const added = newCustomersOf(v, y);
          near(p.monthly.newCustomers[m]!, added, added, `newCustomers, month ${m}`);
          const next: number[] = [];
          for (let i = 0; i < P; i++) {
            const plan = v.plans[i]!;
            const s = S[i]!;
            const churned = s * plan.churn[y]!;
            const up = i < P - 1 ? s * plan.upgrade[y]! : 0;
            const down = i > 0 ? s * plan.downgrade[y]! : 0;
            const upIn = i > 0 ? S[i - 1]! * v.plans[i - 1]!.upgrade[y]! : 0;
            const downIn = i < P - 1 ? S[i + 1]! * v.plans[i + 1]!.downgrade[y]! : 0;
            const newI = added * plan.mix[y]!;
            const expected = s - churned - up - down + upIn + downIn + newI;
            const actual = p.customersByPlan[i]![m]!;
            const scale = s + upIn + downIn + newI;
            near(actual, expected, scale, `customers of plan ${i}, month ${m}`);
            if (actual < -REL * Math.max(scale, 1)) throw new Error(`plan ${i} has ${actual} customers in month ${m}`);
            next.push(actual);
          }
          S = next;
        }
      }),
      RUNS,
    );
  });

  it('customers(m) = customers(m-1) - churnedCustomers(m) + newCustomers(m), = sum over plans, never negative', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const p = project(v);
        const s = p.monthly;
        let before = v.plans.reduce((a, plan) => a + plan.initialCustomers, 0);
        for (let m = 0; m < MONTHS; m++) {
          const scale = before + s.newCustomers[m]!;
          near(s.customers[m]!, before - s.churnedCustomers[m]! + s.newCustomers[m]!, scale, `customers, month ${m}`);
          let byPlan = 0, mrrByPlan = 0;
          for (let i = 0; i < v.plans.length; i++) {
            byPlan += p.customersByPlan[i]![m]!;
            mrrByPlan += p.mrrByPlan[i]![m]!;
          }
          near(s.customers[m]!, byPlan, scale, `customers = sum of plans, month ${m}`);
          near(s.mrr[m]!, mrrByPlan, s.mrr[m]!, `mrr = sum of plans, month ${m}`);
          if (s.customers[m]! < -REL * Math.max(scale, 1)) throw new Error(`${s.customers[m]} customers in month ${m}`);
          before = s.customers[m]!;
        }
      }),
      RUNS,
    );
  });

  it('cash(m) = cash(m-1) + ebitda(m), from startingCash', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const s = project(v).monthly;
        let cash = v.startingCash;
        for (let m = 0; m < MONTHS; m++) {
          near(s.cash[m]!, cash + s.ebitda[m]!, Math.abs(cash) + Math.abs(s.ebitda[m]!), `cash, month ${m}`);
          cash = s.cash[m]!;
        }
      }),
      RUNS,
    );
  });

  it('NRR equals MODEL.md read literally: the cohort of month m-12 replayed month by month', () => {
    // The engine uses a closed form (powers of each year's movement matrix); this replays each
    // cohort the slow way, exactly as MODEL.md words it, and compares every month.
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const p = project(v);
        const P = v.plans.length;
        for (let m = 0; m < MONTHS; m++) {
          if (m < 11) { if (p.monthly.nrr[m] !== null) throw new Error(`nrr month ${m} must be null`); continue; }
          const from = m - 12;
          const fromYear = from < 0 ? 0 : Math.floor(from / 12);
          let cohort = v.plans.map((plan, i) => (from < 0 ? plan.initialCustomers : p.customersByPlan[i]![from]!));
          const startMrr = cohort.reduce((sum, c, i) => sum + c * v.plans[i]!.price[fromYear]!, 0);
          for (let k = from + 1; k <= m; k++) {
            const y = Math.floor(k / 12);
            const next = new Array<number>(P).fill(0);
            cohort.forEach((c, i) => {
              const plan = v.plans[i]!;
              const up = i < P - 1 ? c * plan.upgrade[y]! : 0;
              const down = i > 0 ? c * plan.downgrade[y]! : 0;
              next[i]! += c - c * plan.churn[y]! - up - down;
              if (up) next[i + 1]! += up;
              if (down) next[i - 1]! += down;
            });
            cohort = next;
          }
          const y = Math.floor(m / 12);
          const endMrr = cohort.reduce((sum, c, i) => sum + c * v.plans[i]!.price[y]!, 0);
          const got = p.monthly.nrr[m]!;
          if (startMrr === 0) { if (got !== null) throw new Error(`nrr month ${m} must be null`); continue; }
          const expected = endMrr / startMrr;
          if (got === null) throw new Error(`nrr month ${m} is null, expected ${expected}`);
          near(got * startMrr, endMrr, startMrr + Math.abs(endMrr), `nrr month ${m}`);
        }
      }),
      { ...RUNS, numRuns: 300 },
    );
  });

  it('every output is a finite number or null', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        assertFiniteOrNull(project(v), 'projection');
      }),
      RUNS,
    );
  });

  it('monthly KPIs equal MODEL.md read literally from the month\'s figures (null where undefined)', () => {
    // a / b, null where b is 0, either side is null, or the result is not finite.
    const div = (a: number | null, b: number | null): number | null => {
      if (a === null || b === null || b === 0) return null;
      const r = a / b;
      return Number.isFinite(r) ? r : null;
    };
    const mul = (a: number | null, b: number | null) => (a === null || b === null ? null : a * b);
    const same = (actual: number | null, expected: number | null, what: string) => {
      if (actual === null || expected === null) {
        if (actual !== expected) throw new Error(`${what}: ${actual} != ${expected}`);
      } else near(actual, expected, expected, what);
    };
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const p = project(v);
        const s = p.monthly;
        let starting = 0;
        for (const plan of v.plans) starting += plan.initialCustomers;
        for (let m = 0; m < MONTHS; m++) {
          const arpu = div(s.mrr[m]!, s.customers[m]!);
          const gm = div(s.grossProfit[m]!, s.revenue[m]!);
          const cac = div(s.marketingSpend[m]!, s.newCustomers[m]!);
          const unit = mul(arpu, gm);
          const churnRate = div(s.churnedCustomers[m]!, m === 0 ? starting : s.customers[m - 1]!);
          const ltv = unit === null || !Number.isFinite(unit) ? null : div(unit, churnRate);
          same(s.arpu[m]!, arpu, `arpu[${m}]`);
          same(s.grossMargin[m]!, gm, `grossMargin[${m}]`);
          same(s.cac[m]!, cac, `cac[${m}]`);
          same(s.fullyLoadedCac[m]!, div(s.marketingSpend[m]! + s.salesMarketingOverhead[m]!, s.newCustomers[m]!), `fullyLoadedCac[${m}]`);
          same(s.cacPaybackMonths[m]!, unit !== null && unit > 0 ? div(cac, unit) : null, `cacPaybackMonths[${m}]`);
          same(s.customerChurnRate[m]!, churnRate, `customerChurnRate[${m}]`);
          same(s.ltv[m]!, ltv, `ltv[${m}]`);
          same(s.ltvToCac[m]!, div(ltv, cac), `ltvToCac[${m}]`);
          same(s.quickRatio[m]!, div(s.newMrr[m]! + s.expansionMrr[m]!, s.churnedMrr[m]! + s.contractionMrr[m]!), `quickRatio[${m}]`);
        }
      }),
      RUNS,
    );
  });

  it('a projection written over an earlier one (Monte Carlo\'s way) equals a fresh one', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, (v, other) => {
        const used = project(other);
        const written = project(v, used);
        expect(written).toEqual(project(v));
        // Over a projection of another plan count, a fresh one is made and the old one kept.
        if (other.plans.length === v.plans.length) expect(written).toBe(used);
        else expect(written).not.toBe(used);
      }),
      RUNS,
    );
  });

  it('an edit projected from its first changed year equals a whole projection; the earlier projection is untouched', () => {
    fc.assert(
      fc.property(editArb, ({ before, after, from }) => {
        const previous = project(before);
        const kept = structuredClone(previous);
        const first = firstChangedYear(before, after);
        // The splice may copy equal values, so the first change can come later, never earlier.
        expect(first).toBeGreaterThanOrEqual(from);
        for (let y = 0; y < first; y++) {
          for (const key of DRIVER_KEYS) expect(after.drivers[key][y]).toBe(before.drivers[key][y]);
        }
        const edited = projectEdit(after, before, previous);
        expect(edited).toEqual(project(after));
        expect(previous).toEqual(kept);
        expect(edited.monthly.mrr).not.toBe(previous.monthly.mrr);
      }),
      RUNS,
    );
  });

  it('with December-only KPIs (Monte Carlo\'s way), the flows, the years and the summary are the same', () => {
    fc.assert(
      fc.property(scenarioArb, (v) => {
        const whole = project(v);
        const lean = project(v, undefined, { monthlyKpis: 'december' });
        expect(lean.years).toEqual(whole.years);
        expect(lean.summary).toEqual(whole.summary);
        expect(lean.customersByPlan).toEqual(whole.customersByPlan);
        for (const key of MONTHLY_FLOWS) expect(lean.monthly[key]).toEqual(whole.monthly[key]);
        for (let y = 0; y < YEARS; y++) expect(lean.monthly.ltv[12 * y + 11]).toEqual(whole.monthly.ltv[12 * y + 11]);
      }),
      RUNS,
    );
  });

  it('same input, same output, even after another projection in between; the input is not changed', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, (v, other) => {
        const copy = structuredClone(v);
        const first = project(v);
        project(other); // the engine reuses scratch buffers across calls
        const second = project(v);
        expect(second).toEqual(first);
        expect(v).toEqual(copy);
      }),
      RUNS,
    );
  });
});

/** Walks the whole projection: Float64Arrays, arrays, years, summary. */
function assertFiniteOrNull(value: unknown, path: string): void {
  if (value === null || typeof value === 'string') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} = ${value}`);
    return;
  }
  if (value instanceof Float64Array || Array.isArray(value)) {
    Array.from(value as ArrayLike<unknown>).forEach((x, k) => assertFiniteOrNull(x, `${path}[${k}]`));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, x] of Object.entries(value)) assertFiniteOrNull(x, `${path}.${key}`);
    return;
  }
  throw new Error(`${path} is a ${typeof value}`);
}
