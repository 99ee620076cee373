// Properties of the engine (docs/model.md, "One month") over random valid scenarios: NRR and the
// monthly KPIs equal MODEL.md read literally, and every output is a finite number or null.
// Fixed seed: a failure prints the seed and the shrunk counterexample, and reruns the same way.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { project } from './engine';
import { near, RUNS, scenarioArb } from './test-engine-properties';
import { MONTHS } from './types';

describe('engine properties (fast-check, 1,000 runs, seed 20261123)', () => {
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
