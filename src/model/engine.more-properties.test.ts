// Engine properties beyond the engine.*.property.test.ts files (issue 9): monotonicity in marketing budget and
// price, 100 % churn, and a projection that survives saving and re-opening the file.
// Random valid scenario files (some cells as formulas) go through parseScenario like any file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { parseScenario, parseScenarioText } from './parse-scenario';
import { serializeScenario } from './serialize';
import { DRIVER_KEYS, MONTHS, YEARS, type DriverKey, type Projection, type Scenario, type ScenarioValues } from './types';
import { scenarioArb } from './test-arbitraries';

const RUNS = { numRuns: 1000, seed: 20261123 };
const REL = 1e-9;

function valuesOf(scenario: Scenario): ScenarioValues {
  const r = parseScenario(scenario);
  if (!r.ok) throw new Error(`generated an invalid scenario: ${r.problems.map((p) => `${p.place}: ${p.message}`).join('; ')}`);
  return r.values;
}

/** A copy of the engine input with one row's cells changed. */
function withValues(v: ScenarioValues, change: (copy: ScenarioValues) => void): ScenarioValues {
  const copy: ScenarioValues = {
    ...v,
    drivers: Object.fromEntries(DRIVER_KEYS.map((k) => [k, Float64Array.from(v.drivers[k])])) as Record<DriverKey, Float64Array>,
    plans: v.plans.map((p) => ({ ...p, price: Float64Array.from(p.price), mix: Float64Array.from(p.mix), churn: Float64Array.from(p.churn), upgrade: Float64Array.from(p.upgrade), downgrade: Float64Array.from(p.downgrade) })),
  };
  change(copy);
  return copy;
}

/** Throws unless a >= b - tolerance (relative to b, magnitudes below 1 count as 1). */
function atLeast(a: number, b: number, what: string): void {
  if (!(a >= b - REL * Math.max(Math.abs(b), 1))) throw new Error(`${what}: ${a} < ${b}`);
}

/** Whole projections equal figure by figure (0 and -0 alike: a file cannot tell them apart). */
function sameProjection(a: Projection, b: Projection): void {
  const same = (x: unknown, y: unknown, where: string): void => {
    if (typeof x === 'number' && typeof y === 'number') {
      if (!(x === y || (Number.isNaN(x) && Number.isNaN(y)))) throw new Error(`${where}: ${x} != ${y}`);
      return;
    }
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') {
      if (x !== y) throw new Error(`${where}: ${String(x)} != ${String(y)}`);
      return;
    }
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const k of keys) same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${where}.${k}`);
  };
  same(a, b, 'projection');
}

describe('more engine properties (fast-check, 1,000 runs, seed 20261123)', () => {
  it('more marketing budget in a year never gives fewer new customers (nor fewer customers) in any month', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: YEARS - 1 }), fc.double({ min: 0, max: 1e8, noNaN: true }), (scenario, y, extra) => {
        const v = valuesOf(scenario);
        const before = project(v);
        const b = { newCustomers: Float64Array.from(before.monthly.newCustomers), customers: Float64Array.from(before.monthly.customers) };
        const after = project(withValues(v, (c) => { c.drivers.marketingBudget[y]! += extra; }));
        for (let m = 0; m < MONTHS; m++) {
          atLeast(after.monthly.newCustomers[m]!, b.newCustomers[m]!, `newCustomers in month ${m}`);
          atLeast(after.monthly.customers[m]!, b.customers[m]!, `customers in month ${m}`);
        }
      }),
      RUNS,
    );
  });

  it('a higher price for a plan and year never gives a lower MRR in any month of that year', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.integer({ min: 0, max: YEARS - 1 }), fc.double({ min: 0, max: 1e4, noNaN: true }), (scenario, planPick, y, extra) => {
        const v = valuesOf(scenario);
        const i = planPick % v.plans.length;
        const before = Float64Array.from(project(v).monthly.mrr);
        const after = project(withValues(v, (c) => { c.plans[i]!.price[y]! += extra; })).monthly.mrr;
        for (let m = y * 12; m < (y + 1) * 12; m++) atLeast(after[m]!, before[m]!, `mrr in month ${m}`);
      }),
      RUNS,
    );
  });

  it('churn of 100 % empties a plan: it keeps none of its customers, and with no inflow it holds none', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.integer({ min: 0, max: YEARS - 1 }), fc.boolean(), (scenario, planPick, y, isolate) => {
        const v = valuesOf(scenario);
        const i = planPick % v.plans.length;
        const changed = withValues(v, (c) => {
          const plan = c.plans[i]!;
          plan.churn[y] = 1;
          plan.upgrade[y] = 0;
          plan.downgrade[y] = 0;
          if (!isolate) return;
          // No new customers and no moves into the plan: the mix goes to another plan (or stays if alone).
          if (c.plans.length > 1) { c.plans[(i + 1) % c.plans.length]!.mix[y]! += plan.mix[y]!; plan.mix[y] = 0; }
          else c.drivers.marketingBudget[y] = 0;
          if (i > 0) c.plans[i - 1]!.upgrade[y] = 0;
          if (i < c.plans.length - 1) c.plans[i + 1]!.downgrade[y] = 0;
        });
        const p = project(changed);
        for (let m = y * 12; m < (y + 1) * 12; m++) {
          // C_i = S_i - churned_i (= S_i) + up_(i-1) + down_(i+1) + new_i: only the inflows remain.
          const start = (plan: number) => (m === 0 ? changed.plans[plan]!.initialCustomers : p.customersByPlan[plan]![m - 1]!);
          const inflow = p.monthly.newCustomers[m]! * changed.plans[i]!.mix[y]!
            + (i > 0 ? start(i - 1) * changed.plans[i - 1]!.upgrade[y]! : 0)
            + (i < changed.plans.length - 1 ? start(i + 1) * changed.plans[i + 1]!.downgrade[y]! : 0);
          const held = p.customersByPlan[i]![m]!;
          if (!(Math.abs(held - inflow) <= REL * Math.max(inflow, 1))) throw new Error(`month ${m}: plan holds ${held}, inflow ${inflow}`);
          if (isolate && held !== 0) throw new Error(`month ${m}: an isolated plan with 100 % churn holds ${held}`);
          if (isolate && p.mrrByPlan[i]![m] !== 0) throw new Error(`month ${m}: an empty plan has MRR ${p.mrrByPlan[i]![m]}`);
        }
      }),
      RUNS,
    );
  });

  it('the projection of a scenario equals the projection of its saved and re-opened file', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const original = parseScenario(scenario);
        if (!original.ok) throw new Error('generated an invalid scenario');
        const reopened = parseScenarioText(serializeScenario(original.scenario));
        if (!reopened.ok) throw new Error(`the saved file is refused: ${reopened.problems.map((p) => `${p.place}: ${p.message}`).join('; ')}`);
        // Compared as file text: JSON has no -0, and the file is what the user keeps.
        expect(serializeScenario(reopened.scenario)).toBe(serializeScenario(original.scenario));
        sameProjection(project(reopened.values), project(original.values));
      }),
      RUNS,
    );
  });
});
