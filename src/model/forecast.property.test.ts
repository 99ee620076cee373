// Forecast and variance properties (issue 17; fast-check, 1,000 runs, fixed seed) on random valid
// scenarios and actuals, through parseScenario as any file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthText } from './calendar';
import { project } from './engine';
import { projectForecast } from './forecast';
import { parseScenario } from './parse-scenario';
import { scenarioArb } from './test-arbitraries';
import { computeVariance } from './variance';
import { ACTUAL_FIGURES, ANNUAL_FIGURES, MONTHLY_FLOWS, MONTHLY_KPIS, MONTHS, MRR_BRIDGE, type ActualFigure, type ActualMonth, type Forecast, type Projection, type Scenario } from './types';

const RUNS = { numRuns: 1000, seed: 20261204 };
const MONTHLY = [...MONTHLY_FLOWS, ...MONTHLY_KPIS];

function parse(s: Scenario) {
  const r = parseScenario(s);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  return r;
}

/** Equal, or within a relative 1e-9 (NRR's cohorts are moved in another order in the forecast). */
const near = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/** The first figure of months from..to where the forecast and the plan differ, or null. */
function firstDifference(f: Forecast, p: Projection, from: number, to: number, skip: (key: string, m: number) => boolean = () => false): string | null {
  for (let m = from; m <= to; m++) {
    for (const key of MONTHLY) if (!skip(key, m) && !near(f.monthly[key][m], p.monthly[key][m])) return `${key}[${m}]: ${f.monthly[key][m]} vs ${p.monthly[key][m]}`;
    for (let i = 0; i < p.customersByPlan.length; i++) if (!near(f.customersByPlan[i]![m], p.customersByPlan[i]![m])) return `customersByPlan[${i}][${m}]`;
  }
  return null;
}

const figureSets = fc.array(fc.subarray([...ACTUAL_FIGURES, 'customersByPlan'] as const), { minLength: 1, maxLength: MONTHS });

/** Actuals that give, month by month, the chosen figures at the plan's own values. */
function planActuals(scenario: Scenario, p: Projection, sets: readonly (readonly (ActualFigure | 'customersByPlan')[])[]): ActualMonth[] {
  return sets.map((set, m) => {
    const entry: ActualMonth = { month: monthText(scenario.startYear, m) };
    for (const key of set) {
      if (key === 'customersByPlan') {
        if (p.customersByPlan.every((c) => c[m]! >= 0)) entry.customersByPlan = Object.fromEntries(p.planIds.map((id, i) => [id, p.customersByPlan[i]![m]!]));
      }
      else {
        const x = p.monthly[key][m];
        // A stock can come out of the engine as -5e-324 where it cancels to 0, which no actual can
        // give (actuals are >= 0): such a figure is left out.
        if (x !== null && x !== undefined && (key === 'cash' || x >= 0)) entry[key] = x;
      }
    }
    return entry;
  });
}

describe('forecast properties (fast-check, 1,000 runs, seed 20261204)', () => {
  it('actuals equal to the plan\'s own figures give a forecast equal to the plan', () => {
    fc.assert(
      fc.property(scenarioArb, figureSets, (scenario, sets) => {
        const { values } = parse(scenario);
        const plan = project(values);
        const actuals = planActuals(scenario, plan, sets);
        const f = projectForecast(values, parse({ ...scenario, actuals }).scenario.actuals!, plan);
        const L = f.lastActualMonth;
        // In actual months the MRR bridge is null where not given, and so is the quick ratio then.
        const bridgeMissing = (m: number) => MRR_BRIDGE.some((k) => actuals[m]![k] === undefined);
        const skip = (key: string, m: number) => m <= L && ((MRR_BRIDGE as readonly string[]).includes(key) ? actuals[m]![key as ActualFigure] === undefined : key === 'quickRatio' && bridgeMissing(m));
        expect(firstDifference(f, plan, 0, MONTHS - 1, skip)).toBeNull();
        for (let m = 0; m <= L; m++) for (const k of MRR_BRIDGE) if (actuals[m]![k] === undefined) expect(f.monthly[k][m]).toBeNull();
        for (let y = 0; y < 5; y++) for (const key of ANNUAL_FIGURES) expect(near(f.years[y]![key], plan.years[y]![key]), `${key} ${y}`).toBe(true);
        expect(f.summary).toEqual(plan.summary);
      }),
      RUNS,
    );
  });

  const actualArb = fc.record({
    figures: fc.subarray([...ACTUAL_FIGURES]),
    x: fc.double({ min: 0, max: 1e6, noNaN: true }),
    cash: fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    customers: fc.option(fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 6, maxLength: 6 })),
  });
  /** Random actual months for a scenario: each gives some figures (the same random value). */
  type RawActual = { figures: ActualFigure[]; x: number; cash: number; customers: number[] | null };
  const randomActuals = (scenario: Scenario, raw: RawActual[]) => raw.map((r, m) => {
    const entry: ActualMonth = { month: monthText(scenario.startYear, m) };
    for (const key of r.figures) entry[key] = key === 'cash' ? r.cash : r.x;
    if (r.customers) entry.customersByPlan = Object.fromEntries(scenario.plans.map((p, i) => [p.id, r.customers![i]!]));
    return entry;
  });

  it('the actuals of month m change nothing before m', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(actualArb, { minLength: 1, maxLength: 30 }), actualArb, fc.nat(), (scenario, raw, other, pick) => {
        const { values } = parse(scenario);
        const actuals = randomActuals(scenario, raw);
        const m = pick % actuals.length;
        const changed = actuals.slice();
        changed[m] = randomActuals(scenario, [...raw.slice(0, m), other])[m]!;
        const a = projectForecast(values, parse({ ...scenario, actuals }).scenario.actuals!);
        const b = projectForecast(values, parse({ ...scenario, actuals: changed }).scenario.actuals!);
        for (let k = 0; k < m; k++) {
          for (const key of MONTHLY) expect(Object.is(a.monthly[key][k], b.monthly[key][k]), `${key}[${k}]`).toBe(true);
          for (let i = 0; i < values.plans.length; i++) expect(b.customersByPlan[i]![k]).toBe(a.customersByPlan[i]![k]);
        }
      }),
      RUNS,
    );
  });

  it('month L+1 follows One month from the forecast\'s customers and cash at the end of month L', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(actualArb, { minLength: 1, maxLength: 59 }), (scenario, raw) => {
        const { values } = parse(scenario);
        const f = projectForecast(values, parse({ ...scenario, actuals: randomActuals(scenario, raw) }).scenario.actuals!);
        const L = f.lastActualMonth, m = L + 1, y = Math.floor(m / 12), qy = Math.floor(L / 12);
        const d = values.drivers, P = values.plans.length;
        // One month written out again from MODEL.md, independently of the engine.
        const spend = d.marketingBudget[y]! / 12;
        const added = (spend / d.visitorAcquisitionCost[y]!) * d.visitorToTrial[y]! * d.trialToPaid[y]!;
        const S = values.plans.map((_, i) => f.customersByPlan[i]![L]!);
        const up = (i: number) => (i < P - 1 ? S[i]! * values.plans[i]!.upgrade[y]! : 0);
        const down = (i: number) => (i > 0 ? S[i]! * values.plans[i]!.downgrade[y]! : 0);
        let customers = 0, mrr = 0, startMrr = 0;
        values.plans.forEach((plan, i) => {
          const c = S[i]! - S[i]! * plan.churn[y]! - up(i) - down(i) + (i > 0 ? up(i - 1) : 0) + (i < P - 1 ? down(i + 1) : 0) + added * plan.mix[y]!;
          expect(near(f.customersByPlan[i]![m], c), `plan ${i}`).toBe(true);
          customers += c;
          mrr += c * plan.price[y]!;
          startMrr += S[i]! * plan.price[qy]!;
        });
        const cogs = mrr * d.cogsPercent[y]! + customers * d.cogsPerCustomer[y]!;
        const ebitda = mrr - cogs - spend - d.salesMarketingOverhead[y]! - d.operatingExpenses[y]!;
        const tolerance = (x: number, want: number, scale: number) => Math.abs(x - want) <= 1e-9 * Math.max(1, scale);
        expect(tolerance(f.monthly.mrr[m]!, mrr, Math.abs(mrr))).toBe(true);
        expect(tolerance(f.monthly.startMrr[m]!, startMrr, Math.abs(startMrr))).toBe(true);
        const scale = Math.abs(mrr) + Math.abs(cogs) + spend + d.salesMarketingOverhead[y]! + d.operatingExpenses[y]! + Math.abs(f.monthly.cash[L]!);
        expect(tolerance(f.monthly.ebitda[m]!, ebitda, scale)).toBe(true);
        expect(tolerance(f.monthly.cash[m]!, f.monthly.cash[L]! + ebitda, scale)).toBe(true);
      }),
      RUNS,
    );
  });

  it('variance: difference = actual - plan and ratio = difference / |plan| throughout', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(actualArb, { minLength: 1, maxLength: 60 }), (scenario, raw) => {
        const { values } = parse(scenario);
        const plan = project(values);
        const f = projectForecast(values, parse({ ...scenario, actuals: randomActuals(scenario, raw) }).scenario.actuals!, plan);
        const v = computeVariance(plan, f);
        expect(v.months).toHaveLength(f.lastActualMonth + 1);
        const cells = [...v.months.flatMap((e) => MONTHLY.map((k) => e[k])), ...v.years.flatMap((e) => ANNUAL_FIGURES.map((k) => e[k]))];
        // One expect for the lot: thousands of cells a run.
        const wrong = cells.find((c) => {
          const difference = c.actual === null || c.plan === null ? null : c.actual - c.plan;
          const r = difference === null || c.plan === null || c.plan === 0 ? null : difference / Math.abs(c.plan);
          return !Object.is(c.difference, difference) || !Object.is(c.ratio, r !== null && Number.isFinite(r) ? r : null);
        });
        expect(wrong).toBeUndefined();
        v.months.forEach((e, m) => { expect(e.mrr.actual).toBe(f.monthly.mrr[m]); expect(e.mrr.plan).toBe(plan.monthly.mrr[m]); });
      }),
      RUNS,
    );
  });
});
