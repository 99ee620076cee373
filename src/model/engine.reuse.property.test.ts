// Properties of the engine over random valid scenarios: a projection written over an earlier one,
// an edit projected from its first changed year, December-only KPIs and a repeated projection all
// equal a fresh whole projection (the ways Monte Carlo and editing reuse the engine).
// Fixed seed: a failure prints the seed and the shrunk counterexample, and reruns the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { firstChangedYear, projectEdit } from './project-edit';
import { RUNS, scenarioArb, scenariosOf } from './test-engine-properties';
import { DRIVER_KEYS, MAX_PLANS, MONTHLY_FLOWS, YEARS, type ScenarioValues } from './types';

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

describe('engine properties (fast-check, 1,000 runs, seed 20261123)', () => {
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
