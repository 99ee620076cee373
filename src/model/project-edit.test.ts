import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { firstChangedYear, projectEdit } from './project-edit';
import { baselineWith, conservativeWith } from './test-scenarios';
import { YEARS, type Scenario } from './types';

const base = baselineWith().values;
const edit = (change: (s: Scenario) => Scenario) => baselineWith(change).values;
const cell = (row: number[] | (number | string)[], y: number, x: number | string) => row.map((c, k) => (k === y ? x : c));

describe('firstChangedYear', () => {
  it('is the year of the earliest changed cell, YEARS when nothing changed', () => {
    expect(firstChangedYear(base, baselineWith().values)).toBe(YEARS);
    expect(firstChangedYear(base, edit((s) => ({ ...s, drivers: { ...s.drivers, marketingBudget: cell(s.drivers.marketingBudget, 3, 1) } })))).toBe(3);
    const plans = (s: Scenario) => s.plans.map((p, i) => (i === 2 ? { ...p, price: cell(p.price, 1, 999) } : p));
    expect(firstChangedYear(base, edit((s) => ({ ...s, plans: plans(s) })))).toBe(1);
  });

  it('is 0 when what acts from month 0 changed: start year, starting cash, initial customers, plans', () => {
    expect(firstChangedYear(base, edit((s) => ({ ...s, startYear: 2027, targets: [] })))).toBe(0);
    expect(firstChangedYear(base, edit((s) => ({ ...s, startingCash: s.startingCash + 1 })))).toBe(0);
    expect(firstChangedYear(base, edit((s) => ({ ...s, plans: s.plans.map((p, i) => (i === 0 ? { ...p, initialCustomers: 10 } : p)) })))).toBe(0);
    const half = [0.5, 0.5, 0.5, 0.5, 0.5];
    const fewer = edit((s) => ({ ...s, targets: [], plans: s.plans.slice(0, 2).map((p, i) => ({ ...p, mix: half, upgrade: i === 1 ? [0, 0, 0, 0, 0] : p.upgrade })) }));
    expect(firstChangedYear(base, fewer)).toBe(0);
  });

  it('sees what a formula carries into later years', () => {
    // crm-conservative carries rows with =prev formulas: a change in 2027 moves 2028..2030 too.
    const before = conservativeWith().values;
    const after = conservativeWith((s) => ({ ...s, drivers: { ...s.drivers, marketingBudget: cell(s.drivers.marketingBudget, 0, 123_456) } })).values;
    expect(firstChangedYear(before, after)).toBe(0);
    const edited = projectEdit(after, before, project(before));
    expect(edited).toEqual(project(after));
  });
});

describe('projectEdit', () => {
  it('gives the whole projection of the edited scenario for an edit in each year', () => {
    const previous = project(base);
    for (let y = 0; y < YEARS; y++) {
      const next = edit((s) => ({ ...s, drivers: { ...s.drivers, trialToPaid: cell(s.drivers.trialToPaid, y, 0.3) } }));
      const edited = projectEdit(next, base, previous);
      expect(edited).toEqual(project(next));
      // 2026's new customers: 125 trials x 30 % = 37.5 when the edit is in 2026, else MODEL.md's 25.
      expect(edited.monthly.newCustomers[0]).toBeCloseTo(y === 0 ? 37.5 : 25, 9);
      expect(edited.years[y]!.newCustomers).toBeCloseTo(edited.years[y]!.trials! * 0.3, 6);
    }
  });
});

describe('projectEdit with funding', () => {
  const withFunding = (rounds: { month: string; amount: number }[]) => baselineWith((s) => ({ ...s, funding: rounds })).values;

  it('starts at the year of the first month whose funding changed, and gives the whole projection', () => {
    const before = withFunding([{ month: '2026-06', amount: 1e6 }]);
    const later = withFunding([{ month: '2026-06', amount: 1e6 }, { month: '2028-02', amount: 5e5 }]);
    // 2028-02 is month 25, in year index 2.
    expect(firstChangedYear(before, later)).toBe(2);
    expect(projectEdit(later, before, project(before))).toEqual(project(later));
    // Funding removed: from the removed round's year (2026), and none at all compared with none.
    expect(firstChangedYear(before, base)).toBe(0);
    expect(projectEdit(base, before, project(before))).toEqual(project(base));
    expect(firstChangedYear(base, baselineWith().values)).toBe(YEARS);
  });
});
