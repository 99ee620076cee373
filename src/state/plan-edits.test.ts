import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse-scenario';
import type { Scenario } from '../model/types';
import { addPlan, balanceMix, movePlan, removePlan, renamePlan } from './plan-edits';
import { baselineScenario } from './scenario-slice';

const valid = (s: Scenario) => {
  const r = parseScenario(s);
  return r.ok ? [] : r.problems.map((p) => `${p.place}: ${p.message}`);
};
const mix = (s: Scenario, y: number) => s.plans.map((p) => p.mix[y]);

describe('plan edits keep the scenario valid', () => {
  it('balances a year proportionally, keeping the plan just set', () => {
    const s = baselineScenario();
    // 2026 mix is 60/30/10; set Pro to 20 %: sum 110 %. Keeping Pro, Starter and Growth share
    // the remaining 80 % in their 60:30 ratio: 53.333 % and 26.667 %.
    const off = { ...s, plans: s.plans.map((p, i) => (i === 2 ? { ...p, mix: [0.2, ...p.mix.slice(1)] } : p)) };
    expect(valid(off)).toEqual(['Plan mix, 2026: sums to 110 %: must be 100 %']);
    const fixed = balanceMix(off, 0, 2);
    expect(mix(fixed, 0)[2]).toBe(0.2);
    expect(mix(fixed, 0)[0]).toBeCloseTo(0.8 * (60 / 90), 9);
    expect(mix(fixed, 0)[1]).toBeCloseTo(0.8 * (30 / 90), 9);
    expect(valid(fixed)).toEqual([]);
    // Without a plan to keep, all three scale by 1 / 1.1.
    expect(mix(balanceMix(off, 0), 0)[2]).toBeCloseTo(0.2 / 1.1, 9);
  });

  it('leaves formula mix cells alone and splits evenly when the others are all zero', () => {
    const s = baselineScenario();
    const f = { ...s, plans: s.plans.map((p, i) => ({ ...p, mix: [i === 0 ? '=0.5' : 0, ...p.mix.slice(1)] })) };
    const fixed = balanceMix(f, 0);
    expect(mix(fixed, 0)).toEqual(['=0.5', 0.25, 0.25]);
  });

  it('adds a plan on top with no mix, and stops at six', () => {
    let s = baselineScenario();
    s = addPlan(s);
    expect(s.plans).toHaveLength(4);
    expect(s.plans[3]).toMatchObject({ id: 'plan4', name: 'Plan 4', mix: [0, 0, 0, 0, 0], upgrade: [0, 0, 0, 0, 0], price: [180, 180, 180, 180, 180] });
    expect(valid(s)).toEqual([]);
    s = addPlan(addPlan(s));
    expect(s.plans).toHaveLength(6);
    expect(addPlan(s)).toBe(s);
  });

  it('moves Pro to the bottom: its downgrade and the new top plan\'s upgrade become 0', () => {
    const s = movePlan(baselineScenario(), 2, 0);
    expect(s.plans.map((p) => p.id)).toEqual(['pro', 'starter', 'growth']);
    expect(s.plans[0]!.downgrade).toEqual([0, 0, 0, 0, 0]); // was 0.5 % each year
    expect(s.plans[2]!.upgrade).toEqual([0, 0, 0, 0, 0]); // Growth upgraded 1 %..2 %
    expect(valid(s)).toEqual([]);
  });

  it('renames a plan and keeps its id', () => {
    const s = renamePlan(baselineScenario(), 2, 'Enterprise');
    expect(s.plans[2]).toMatchObject({ id: 'pro', name: 'Enterprise' });
  });

  it('removes Pro: its target goes, formulas reading it keep their value, mix rescales', () => {
    const base = baselineScenario();
    // Growth price 2027 reads Pro's price: 180 / 1.8 = 100.
    const s = { ...base, plans: base.plans.map((p, i) => (i === 1 ? { ...p, price: [100, '=price_pro / 1.8', 100, 100, 100] } : p)) };
    const r = removePlan(s, 2);
    expect(r.frozen).toBe(1);
    expect(r.droppedTargets).toBe(1); // mix_pro 2030
    expect(r.scenario.plans.map((p) => p.id)).toEqual(['starter', 'growth']);
    expect(r.scenario.plans[1]!.price[1]).toBe(100);
    // 2026: Starter 60 and Growth 30 of 90 -> 66.67 % and 33.33 %.
    expect(mix(r.scenario, 0)[0]).toBeCloseTo(2 / 3, 9);
    expect(r.scenario.plans[1]!.upgrade).toEqual([0, 0, 0, 0, 0]);
    expect(valid(r.scenario)).toEqual([]);
  });

  it('never removes the last plan', () => {
    let s = baselineScenario();
    s = removePlan(removePlan(s, 0).scenario, 0).scenario;
    expect(s.plans).toHaveLength(1);
    expect(removePlan(s, 0).scenario).toBe(s);
    expect(valid(s)).toEqual([]);
  });
});
