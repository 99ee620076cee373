// A library entry locked as a budget is read-only until unlocked: opening it refuses every edit with
// a notice saying to unlock or duplicate; the lock is kept in the library's storage; its plan is
// what plan vs actual can be held against.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CellRef } from '../model/types';
import { budgetPlanFor, lockedBudgets, varianceBasePlan } from './budget';
import { evaluateScenario } from './evaluate';
import { loadLibrary } from './library-store';
import { memoryStore } from './memory-store';
import { shippedScenario } from './shipped';
import { setBackingStore } from './storage';
import { useStore } from './store';

const baseline = shippedScenario('crm-baseline')!;
const aggressive = shippedScenario('crm-aggressive')!;
const budgetCell: CellRef = { kind: 'driver', key: 'marketingBudget', y: 0 };
const st = () => useStore.getState();

beforeEach(() => {
  setBackingStore(memoryStore());
  useStore.setState({ scenario: baseline, lastGood: null, conflict: null, library: [], notices: [], varianceAgainst: 'own', document: { entryId: null, fileName: null, saved: baseline } });
  useStore.temporal.getState().clear();
});

/** Adds the aggressive scenario to the library, locks it and opens it. */
function openLockedBudget() {
  const entry = st().addEntry(aggressive);
  st().setEntryLocked(entry.id, true);
  st().openEntry(entry.id);
  return entry.id;
}

describe('a locked budget', () => {
  it('opens read-only: an edit is refused with a notice saying to unlock or duplicate', () => {
    openLockedBudget();
    expect(st().scenario).toBe(aggressive);
    const steps = useStore.temporal.getState().pastStates.length;
    st().setCell(budgetCell, 1);
    st().setField('startingCash', 1);
    st().addPlan();
    expect(st().scenario).toBe(aggressive);
    expect(st().notices.some((n) => n.kind === 'warning' && /locked budget/.test(n.text) && /Unlock/.test(n.text) && /duplicate/.test(n.text))).toBe(true);
    expect(useStore.temporal.getState().pastStates).toHaveLength(steps); // no undo step either
  });

  it('refuses a rename and saving over it', () => {
    const id = openLockedBudget();
    st().renameEntry(id, 'Something else');
    st().saveToLibrary();
    expect(st().library.find((e) => e.id === id)!.name).toBe(aggressive.name);
    expect(st().notices.filter((n) => n.kind === 'warning')).toHaveLength(2);
  });

  it('unlocked, it can be changed again', () => {
    const id = openLockedBudget();
    st().setEntryLocked(id, false);
    st().setCell(budgetCell, 123_456);
    expect(st().scenario.drivers.marketingBudget[0]).toBe(123_456);
  });

  it('the lock is kept in the library\'s storage, and unlocking is stored too', () => {
    const id = openLockedBudget();
    expect(loadLibrary().entries.find((e) => e.id === id)!.locked).toBe(true);
    st().setEntryLocked(id, false);
    expect(loadLibrary().entries.find((e) => e.id === id)!.locked).toBeUndefined();
  });

  it('a duplicate of a locked budget is not locked', () => {
    const id = openLockedBudget();
    st().duplicateEntry(id);
    const copy = st().library.find((e) => e.id !== id)!;
    expect(copy.locked).toBeUndefined();
  });

  it('gives its plan to hold the forecast against; an unlocked entry does not', () => {
    const id = openLockedBudget();
    const own = (() => { const e = evaluateScenario(baseline); if (!e.ok) throw new Error('baseline computes'); return e.projection; })();
    const theirs = (() => { const e = evaluateScenario(aggressive); if (!e.ok) throw new Error('aggressive computes'); return e.projection; })();
    expect(budgetPlanFor(id)(st())).toBe(theirs);
    expect(lockedBudgets(st())).toEqual([{ id, name: aggressive.name }]);
    expect(varianceBasePlan(st(), own).plan).toBe(own);
    st().setVarianceAgainst(id);
    expect(varianceBasePlan(st(), own)).toEqual({ plan: theirs, against: id });
    st().setEntryLocked(id, false);
    expect(budgetPlanFor(id)(st())).toBeNull();
    expect(varianceBasePlan(st(), own).plan).toBe(own);
  });
});
