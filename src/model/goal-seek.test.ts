import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { goalOfTarget, goalSeek, type Edit } from './goal-seek';
import { parseScenario } from './parse-scenario';
import { compileValues } from './perturb';
import { baselineWith, conservativeWith } from './test-scenarios';
import type { Scenario } from './types';

const cac = { kind: 'annual', key: 'cac' } as const;
const trialToPaid = { kind: 'driver', key: 'trialToPaid' } as const;

/** The scenario with the edits written in, as Apply does, parsed and projected. */
function applied(scenario: Scenario, edits: readonly Edit[]) {
  const s = structuredClone(scenario);
  for (const { ref, value } of edits) {
    if (ref.kind === 'driver') s.drivers[ref.key][ref.y] = value;
    else s.plans[ref.planIndex]![ref.field][ref.y] = value;
  }
  const r = parseScenario(s);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return { scenario: r.scenario, projection: project(r.values) };
}

describe('goal seek', () => {
  it('solves a CAC target by hand: trial-to-paid = VAC / (visitor-to-trial x CAC)', () => {
    const { scenario, values } = baselineWith();
    const model = compileValues(scenario, values);
    // 2026 CAC of $500: 8 / (0.06 x 500) = 26.667 % trial-to-paid.
    const r = goalSeek(model, { metric: cac, y: 0, goal: { kind: 'equal', value: 500 }, input: trialToPaid, inputYear: 0 });
    if (r.status !== 'solved') throw new Error(r.status);
    expect(r.x).toBeCloseTo(8 / (0.06 * 500), 9);
    expect(r.output).toBeCloseTo(500, 6);
    expect(r.edits).toEqual([{ ref: { kind: 'driver', key: 'trialToPaid', y: 0 }, value: 0.2666666667 }]);
    expect(applied(scenario, r.edits).projection.years[0]!.cac).toBeCloseTo(500, 6);
  });

  it('meets an "at most" target when applied, scaling the whole row', () => {
    const { scenario, values } = baselineWith();
    const model = compileValues(scenario, values);
    const r = goalSeek(model, { metric: cac, y: 0, goal: { kind: 'max', value: 500 }, input: trialToPaid, inputYear: null });
    if (r.status !== 'solved') throw new Error(r.status);
    expect(r.x).toBeCloseTo(0.26666666667 / 0.2, 8); // the factor on every year
    expect(r.edits).toHaveLength(5);
    expect(r.edits[4]!.value).toBeCloseTo(0.35 * r.x, 8);
    expect(r.alreadyMet).toBe(false);
    const cacAfter = applied(scenario, r.edits).projection.years[0]!.cac!;
    expect(cacAfter).toBeLessThanOrEqual(500 * (1 + 1e-9));
    expect(cacAfter).toBeCloseTo(500, 5);
  });

  it('solves for an open-ended input: visitor cost for a $1,000 CAC is 1000 x 6 % x 20 % = $12', () => {
    const { scenario, values } = baselineWith();
    const r = goalSeek(compileValues(scenario, values), { metric: cac, y: 0, goal: { kind: 'equal', value: 1000 }, input: { kind: 'driver', key: 'visitorAcquisitionCost' }, inputYear: 0 });
    expect(r.status === 'solved' && r.x).toBeCloseTo(12, 8);
  });

  it('reports an unreachable target with the best value in range', () => {
    const { scenario, values } = baselineWith();
    // Even 100 % trial-to-paid gives a CAC of 8 / 0.06 = $133.33: $50 cannot be reached.
    const r = goalSeek(compileValues(scenario, values), { metric: cac, y: 0, goal: { kind: 'max', value: 50 }, input: trialToPaid, inputYear: 0 });
    expect(r.status).toBe('unreachable');
    if (r.status !== 'unreachable') return;
    expect(r.range).toEqual([0, 1]);
    expect(r.best!.x).toBe(1);
    expect(r.best!.output).toBeCloseTo(8 / 0.06, 6);
  });

  it('rebalances mix when it seeks a plan\'s mix, and the applied scenario stays valid', () => {
    const { scenario, values } = baselineWith();
    const model = compileValues(scenario, values);
    const arpu = { kind: 'annual', key: 'arpu' } as const;
    const r = goalSeek(model, { metric: arpu, y: 0, goal: { kind: 'equal', value: 90 }, input: { kind: 'plan', planIndex: 2, field: 'mix' }, inputYear: 0 });
    if (r.status !== 'solved') throw new Error(r.status);
    expect(r.edits.map((e) => e.ref.kind === 'plan' && e.ref.planIndex)).toEqual([0, 1, 2]);
    expect(applied(scenario, r.edits).projection.years[0]!.arpu).toBeCloseTo(90, 6);
  });

  it('writes only the sought cell when later years follow it by formula', () => {
    // Conservative: trial-to-paid is 20 % in 2026, then `=prev + 0.01875`.
    const { scenario, values } = conservativeWith();
    const r = goalSeek(compileValues(scenario, values), { metric: { kind: 'annual', key: 'cac' }, y: 1, goal: { kind: 'equal', value: 500 }, input: trialToPaid, inputYear: 0 });
    if (r.status !== 'solved') throw new Error(r.status);
    expect(r.edits.map((e) => e.ref)).toEqual([{ kind: 'driver', key: 'trialToPaid', y: 0 }]);
    const after = applied(scenario, r.edits);
    expect(after.scenario.drivers.trialToPaid[1]).toBe('=prev + 0.01875');
    expect(after.projection.years[1]!.cac).toBeCloseTo(500, 6);
  });

  it('says so when the output does not depend on the input', () => {
    const { scenario, values } = baselineWith();
    const r = goalSeek(compileValues(scenario, values), { metric: { kind: 'driver', key: 'visitorToTrial' }, y: 4, goal: { kind: 'min', value: 0.09 }, input: trialToPaid, inputYear: null });
    expect(r.status).toBe('invalid');
  });

  it('aims at the bound of a target that is missed', () => {
    expect(goalOfTarget({ min: 1.1 }, 1.05)).toEqual({ kind: 'min', value: 1.1 });
    expect(goalOfTarget({ max: 12 }, 14)).toEqual({ kind: 'max', value: 12 });
    expect(goalOfTarget({ min: 1, max: 3 }, 3.5)).toEqual({ kind: 'max', value: 3 });
    expect(goalOfTarget({ min: 1, max: 3 }, 1.2)).toEqual({ kind: 'min', value: 1 });
  });
});
