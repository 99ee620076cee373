import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { createMonteCarlo, runMonteCarlo } from './monte-carlo';
import { combineParts } from './monte-carlo-result';
import { baselineWith } from './test-scenarios';
import type { Scenario } from './types';

const withRanges = (uncertainty: Scenario['uncertainty']) => (s: Scenario): Scenario => ({ ...s, uncertainty });

describe('Monte Carlo: the chance that cash runs out', () => {
  it('is 0 when no run goes below zero, and 1 in the right year when every run does', () => {
    // The baseline's cash stays above zero (its lowest point is positive), so no run runs out.
    const safe = baselineWith(withRanges([{ row: 'operatingExpenses', year: 2027, low: 60_000, mode: 60_000, high: 60_000 }]));
    expect(project(safe.values).summary.cashOutMonth).toBeNull();
    const none = runMonteCarlo(safe.scenario, safe.values, { runs: 40, seed: 1 });
    expect(none.cashOut).toEqual({ probability: 0, byYear: [0, 0, 0, 0, 0] });
    // Operating expenses of 500K a month in 2027 burn the 2M start within the year (MODEL.md's
    // cash = last cash + ebitda): every run, all alike, runs out in 2027, year index 1.
    const broke = baselineWith((s) => ({
      ...s,
      drivers: { ...s.drivers, operatingExpenses: s.drivers.operatingExpenses.map((c, y) => (y === 1 ? 500_000 : c)) },
      uncertainty: [{ row: 'operatingExpenses', year: 2027, low: 500_000, mode: 500_000, high: 500_000 }],
    }));
    expect(Math.floor(project(broke.values).summary.cashOutMonth! / 12)).toBe(1);
    const all = runMonteCarlo(broke.scenario, broke.values, { runs: 40, seed: 1 });
    expect(all.cashOut).toEqual({ probability: 1, byYear: [0, 1, 0, 0, 0] });
  });

  it('matches the triangular odds of the draw that crosses the line', () => {
    // 2027 operating expenses x m, m triangular (0, 1, 10). Cash runs out exactly when m exceeds
    // some m*: found here by halving on the engine. P(m > m*) = (10 - m*)^2 / ((10 - 0) (10 - 1))
    // for m* >= 1 (the triangular distribution's upper tail).
    const ranges = [{ row: 'operatingExpenses', year: 2027, low: 0, mode: 1, high: 10, relative: true }];
    const { scenario, values } = baselineWith(withRanges(ranges));
    const runsOut = (m: number) => {
      const v = structuredClone(values);
      v.drivers.operatingExpenses[1] = values.drivers.operatingExpenses[1]! * m;
      return project(v).summary.cashOutMonth !== null;
    };
    let lo = 1, hi = 10;
    expect(runsOut(lo)).toBe(false);
    expect(runsOut(hi)).toBe(true);
    for (let i = 0; i < 40; i++) { const mid = (lo + hi) / 2; if (runsOut(mid)) hi = mid; else lo = mid; }
    const expected = (10 - hi) ** 2 / (10 * 9);
    const runs = 4000;
    const r = runMonteCarlo(scenario, values, { runs, seed: 7 });
    // Within four standard errors of a share of 4,000 draws.
    const tolerance = 4 * Math.sqrt((expected * (1 - expected)) / runs);
    expect(Math.abs(r.cashOut.probability - expected)).toBeLessThan(tolerance);
    expect(r.cashOut.byYear.reduce((a, b) => a + b, 0)).toBeCloseTo(r.cashOut.probability, 12);
    expect(r.cashOut.byYear[0]).toBe(0);
  });

  it('adds up the same split between workers as in one loop', () => {
    const ranges = [{ row: 'operatingExpenses', year: 2027, low: 0, mode: 1, high: 10, relative: true }];
    const { scenario, values } = baselineWith(withRanges(ranges));
    const settings = { runs: 900, seed: 3 };
    const whole = runMonteCarlo(scenario, values, settings);
    const parts = [[0, 333], [333, 900]].map(([from, to]) => {
      const run = createMonteCarlo(scenario, values, settings, { from: from!, to: to! });
      run.step(run.total);
      return run.part();
    });
    expect(combineParts(parts, scenario.targets, settings.seed, 1).cashOut).toEqual(whole.cashOut);
  });
});
