import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { BLOCK, createMonteCarlo, runMonteCarlo } from './monte-carlo';
import { combineParts } from './monte-carlo-result';
import { evaluateTargets } from './targets';
import { baselineWith, conservativeWith } from './test-scenarios';
import { typicalRanges } from './uncertainty';
import type { Scenario } from './types';

const ranged = (s: Scenario): Scenario => ({ ...s, uncertainty: typicalRanges(s) });

describe('Monte Carlo runs', () => {
  it('gives the same percentiles for the same seed, other ones for another seed', () => {
    const { scenario, values } = baselineWith(ranged);
    const a = runMonteCarlo(scenario, values, { runs: 500, seed: 11 });
    const b = runMonteCarlo(scenario, values, { runs: 500, seed: 11 });
    const c = runMonteCarlo(scenario, values, { runs: 500, seed: 12 });
    expect(b).toEqual(a);
    expect(c.monthly.mrr.p50).not.toEqual(a.monthly.mrr.p50);
    expect(a.ranges).toBe(10);
  });

  it('gives the same result in a buffer kept from an earlier, larger run (full of its values) as in a new one', () => {
    const { scenario, values } = baselineWith(ranged);
    const part = createMonteCarlo(scenario, values, { runs: 700, seed: 3 });
    part.step(part.total);
    const a = part.finish();
    // This run's buffer is kept, and the next run writes over it.
    runMonteCarlo(scenario, values, { runs: 2000, seed: 9 });
    const b = runMonteCarlo(scenario, values, { runs: 700, seed: 3 });
    expect(b).toEqual(a);
  });

  it('gives the same result in chunks as at once (worker and main-thread fallback agree)', () => {
    const { scenario, values } = baselineWith(ranged);
    const whole = runMonteCarlo(scenario, values, { runs: 300, seed: 5 });
    const run = createMonteCarlo(scenario, values, { runs: 300, seed: 5 });
    while (run.done < run.total) run.step(37);
    expect(run.finish()).toEqual(whole);
  });

  it('gives the same result split between workers, on block boundaries or not, in any order', () => {
    const { scenario, values } = baselineWith(ranged);
    const settings = { runs: 3 * BLOCK + 123, seed: 4 };
    const whole = runMonteCarlo(scenario, values, settings);
    for (const cuts of [[0, BLOCK, 3 * BLOCK, settings.runs], [0, 777, 1001, settings.runs]]) {
      const parts = cuts.slice(1).map((to, i) => {
        const run = createMonteCarlo(scenario, values, settings, { from: cuts[i]!, to });
        run.step(run.total);
        return run.part();
      }).reverse();
      expect(combineParts(parts, scenario.targets, settings.seed, scenario.uncertainty!.length)).toEqual(whole);
    }
  });

  it('spreads MRR: p10 < p50 < p90 in the last month, and the deterministic value lies within', () => {
    const { scenario, values } = baselineWith(ranged);
    const r = runMonteCarlo(scenario, values, { runs: 2000, seed: 1 });
    const { p10, p50, p90 } = r.monthly.mrr;
    expect(p10[59]! < p50[59]! && p50[59]! < p90[59]!).toBe(true);
    const deterministic = project(values).monthly.mrr[59]!;
    expect(deterministic > p10[59]! && deterministic < p90[59]!).toBe(true);
    expect(r.annual.nrr.p50[0]).toBeNull(); // no customers a year before 2026's December
    expect(r.annual.nrr.p50[4]).not.toBeNull();
    for (const t of r.targets) expect(t.probability >= 0 && t.probability <= 1).toBe(true);
  });

  it('with ranges of zero width gives exactly the deterministic projection (formulas too)', () => {
    for (const make of [baselineWith, conservativeWith]) {
      const { scenario, values } = make((s) => ({
        ...s,
        uncertainty: [
          ...typicalRanges(s).map((u) => ({ ...u, low: 1, high: 1 })),
          // Absolute, on a cell whose later years are formulas (`=prev + 0.0125` in conservative).
          { row: 'mix_pro', year: 2026, low: 0.1, mode: 0.1, high: 0.1 },
          { row: 'visitorToTrial', year: 2026, low: 0.06, mode: 0.06, high: 0.06 },
        ],
      }));
      const r = runMonteCarlo(scenario, values, { runs: 50, seed: 3 });
      const p = project(values);
      for (const key of ['mrr', 'cash', 'customers'] as const) {
        const expected = Array.from(p.monthly[key]);
        expect(r.monthly[key].p10).toEqual(expected);
        expect(r.monthly[key].p50).toEqual(expected);
        expect(r.monthly[key].p90).toEqual(expected);
      }
      expect(r.annual.cacPaybackMonths.p50).toEqual(p.years.map((y) => y.cacPaybackMonths));
      expect(r.annual.nrr.p90).toEqual(p.years.map((y) => y.nrr));
      const met = evaluateTargets(scenario.targets, values, p);
      expect(r.targets.map((t) => t.probability)).toEqual(met.map((t) => (t.met ? 1 : 0)));
    }
  });

  it('stops where it is stopped: a cancelled run reports only the runs it did', () => {
    const { scenario, values } = baselineWith(ranged);
    const run = createMonteCarlo(scenario, values, { runs: 10_000, seed: 1 });
    expect(run.step(250)).toBe(250);
    expect(run.done).toBe(250);
    expect(run.finish().runs).toBe(250);
  });
});
