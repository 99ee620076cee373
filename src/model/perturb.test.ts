import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { cellIndex } from './inputs';
import { applyChanges, compileValues, planChanges } from './perturb';
import { parseScenario } from './parse-scenario';
import { baselineWith, conservativeWith } from './test-scenarios';
import { YEARS, type Scenario } from './types';

const mixOf = (s: { plans: { mix: ArrayLike<number> }[] }, y: number) => s.plans.reduce((sum, p) => sum + p.mix[y]!, 0);

describe('the fast re-resolver', () => {
  it('gives the same values as parsing the edited scenario, formulas that follow included', () => {
    // Conservative: visitor-to-trial is 6 % then `=prev + 0.00375`; moving 2026 moves every year.
    const { scenario, values } = conservativeWith();
    const model = compileValues(scenario, values);
    const c = cellIndex({ kind: 'driver', key: 'visitorToTrial' }, 0);
    applyChanges(model, planChanges(model, [c]), [0.05], [false]);
    const edited = structuredClone(scenario) as Scenario;
    edited.drivers.visitorToTrial[0] = 0.05;
    const reparsed = parseScenario(edited);
    if (!reparsed.ok) throw new Error('edited scenario should parse');
    expect(Array.from(model.values.drivers.visitorToTrial)).toEqual(Array.from(reparsed.values.drivers.visitorToTrial));
    expect(project(model.values).monthly.mrr).toEqual(project(reparsed.values).monthly.mrr);
  });

  it('rebalances the other plans\' mix in proportion so every year sums to 100 %', () => {
    const { scenario, values } = baselineWith();
    const model = compileValues(scenario, values);
    const cells = Array.from({ length: YEARS }, (_, y) => cellIndex({ kind: 'plan', planIndex: 2, field: 'mix' }, y));
    applyChanges(model, planChanges(model, cells), [1.5, 1.5, 1.5, 1.5, 1.5], [1, 1, 1, 1, 1]);
    for (let y = 0; y < YEARS; y++) expect(mixOf(model.values, y)).toBeCloseTo(1, 12);
    // 2026: Pro 10 % -> 15 %; Starter and Growth share 85 % as 60:30.
    expect(model.values.plans[2]!.mix[0]).toBeCloseTo(0.15, 12);
    expect(model.values.plans[0]!.mix[0]).toBeCloseTo(0.85 * (60 / 90), 12);
  });

  it('keeps churn + upgrade + downgrade at most 100 % and rates within [0, 1]', () => {
    const { scenario, values } = baselineWith();
    const model = compileValues(scenario, values);
    const churn = cellIndex({ kind: 'plan', planIndex: 1, field: 'churn' }, 0);
    const vtt = cellIndex({ kind: 'driver', key: 'visitorToTrial' }, 0);
    applyChanges(model, planChanges(model, [churn, vtt]), [5, -1], [false, false]);
    const growth = model.values.plans[1]!;
    expect(growth.churn[0]! + growth.upgrade[0]! + growth.downgrade[0]!).toBeCloseTo(1, 12);
    expect(model.values.drivers.visitorToTrial[0]).toBe(0);
  });

  it('restores the resolved values exactly when nothing moves', () => {
    const { scenario, values } = conservativeWith();
    const model = compileValues(scenario, values);
    const cells = Array.from({ length: YEARS }, (_, y) => cellIndex({ kind: 'plan', planIndex: 2, field: 'mix' }, y));
    applyChanges(model, planChanges(model, cells), [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]);
    expect(project(model.values)).toEqual(project(values));
  });
});
