import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { acceptWarning, acceptedWarnings, inputWarnings, projectionWarnings } from './plausibility';
import { parseScenario } from './parse-scenario';
import { serializeScenario } from './serialize';
import { baselineWith } from './test-scenarios';
import type { Scenario } from './types';

const setDriver = (key: keyof Scenario['drivers'], y: number, x: number) => (s: Scenario): Scenario =>
  ({ ...s, drivers: { ...s.drivers, [key]: s.drivers[key].map((c, i) => (i === y ? x : c)) } });

describe('plausibility warnings', () => {
  it('leave the shipped baseline alone', () => {
    const { scenario, values } = baselineWith();
    expect(inputWarnings(scenario, values)).toEqual([]);
    expect(projectionWarnings(project(values))).toEqual([]);
  });

  it('flag a marketing budget of 1e15 (above $5 billion a year) once, on its cell', () => {
    const { scenario, values } = baselineWith(setDriver('marketingBudget', 0, 1e15));
    const w = inputWarnings(scenario, values);
    // 2027's 400,000 is 2.5e9 times smaller, but that jump comes from the flagged cell: not repeated.
    expect(w.map((x) => x.key)).toEqual(['drivers.marketingBudget.2026:size']);
    expect(w[0]!.place).toBe('Marketing budget, 2026');
    expect(w[0]!.cell).toEqual({ kind: 'driver', key: 'marketingBudget', y: 0 });
    expect(w[0]!.message).toContain('$1,000,000,000,000,000 a year');
  });

  it('flag a monthly cost above $5B / 12 = $416,666,667, not one just under', () => {
    expect(inputWarnings(...args(setDriver('operatingExpenses', 4, 416_666_666))).filter((w) => w.key.includes(':size'))).toEqual([]);
    expect(inputWarnings(...args(setDriver('operatingExpenses', 4, 416_666_667))).map((w) => w.key)).toContain('drivers.operatingExpenses.2030:size');
  });

  it('flag a money row that moves more than 10x between years, either way', () => {
    // Baseline opex 2026 is $40,000: $400,000 in 2027 is exactly 10x (no warning), $400,001 is above.
    expect(inputWarnings(...args(setDriver('operatingExpenses', 1, 400_000)))).toEqual([]);
    const up = inputWarnings(...args(setDriver('operatingExpenses', 1, 400_001)));
    // 2027 goes up from 2026, and 2028's $90,000 is 4.4x below $400,001: only the rise warns.
    expect(up.map((w) => w.key)).toEqual(['drivers.operatingExpenses.2027:jump']);
    expect(up[0]!.message).toBe('goes up 10x from 2026 ($40,000 to $400,001): is one of them in another unit?');
    // $3,000 in 2027 is 40,000 / 3,000 = 13.3x below 2026, and 90,000 / 3,000 = 30x below 2028.
    const down = inputWarnings(...args(setDriver('operatingExpenses', 1, 3_000)));
    expect(down.map((w) => w.key)).toEqual(['drivers.operatingExpenses.2027:jump', 'drivers.operatingExpenses.2028:jump']);
  });

  it('flag churn above 30 % a month, a price above $100,000 a month, by plan id', () => {
    const { scenario, values } = baselineWith((s) => ({
      ...s,
      plans: s.plans.map((p, i) => (i === 2 ? { ...p, churn: [0.31, 0.3, 0.01, 0.01, 0.01], price: [180, 180, 180, 180, 100_001] } : p)),
    }));
    const keys = inputWarnings(scenario, values).map((w) => w.key);
    // 30 % itself is allowed; 100,001 is also 555x the 2029 price of 180, but one warning per cell.
    expect(keys).toEqual(['plans.pro.price.2030:size', 'plans.pro.churn.2026:size']);
  });

  it('flag customers in the billions in the projection', () => {
    // $1e15 a year / 12 / $8 per visitor x 6 % x 20 % = 1.25e11 new customers in January 2026.
    const { values } = baselineWith(setDriver('marketingBudget', 0, 1e15));
    const w = projectionWarnings(project(values));
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('by Jan 2026');
  });

  it('are accepted by key, once, in a new scenario object that keeps everything else', () => {
    const { scenario } = baselineWith();
    const once = acceptWarning(scenario, 'drivers.marketingBudget.2026:size');
    expect(once).not.toBe(scenario);
    expect(once.acceptedWarnings).toEqual(['drivers.marketingBudget.2026:size']);
    expect(acceptWarning(once, 'drivers.marketingBudget.2026:size')).toBe(once);
    expect(once.drivers).toBe(scenario.drivers);
    expect([...acceptedWarnings({ ...scenario, acceptedWarnings: ['a', 3, null] })]).toEqual(['a']);
  });
});

describe('accepted warnings in the file', () => {
  it('travel with the scenario: written out and read back as an unknown top-level field', () => {
    const { scenario } = baselineWith();
    const accepted = acceptWarning(scenario, 'plans.pro.price.2030:size');
    const back = parseScenario(JSON.parse(serializeScenario(accepted)));
    expect(back.ok && [...acceptedWarnings(back.scenario)]).toEqual(['plans.pro.price.2030:size']);
  });
});

function args(change: (s: Scenario) => Scenario) {
  const { scenario, values } = baselineWith(change);
  return [scenario, values] as const;
}
