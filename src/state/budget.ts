import type { Projection } from '../model/types';
import { evaluateScenario } from './evaluate';
import type { LibrarySlice } from './library-slice';

type LibraryView = Pick<LibrarySlice, 'library'>;

/**
 * A selector of a locked budget's plan: the projection of library entry `entryId`'s assumptions,
 * or null when there is no such entry, it is not locked, or it does not compute. The same object
 * while the entry is unchanged (evaluate.ts caches one evaluation per scenario), so
 * `useStore(budgetPlanFor(id))` renders only when the budget changes.
 */
export function budgetPlanFor(entryId: string): (s: LibraryView) => Projection | null {
  return (s) => {
    const entry = s.library.find((e) => e.id === entryId);
    if (!entry?.locked) return null;
    const evaluation = evaluateScenario(entry.scenario);
    return evaluation.ok ? evaluation.projection : null;
  };
}

/** The locked budgets in the library, for a "hold against" picker: id and name, newest first. */
export function lockedBudgets(s: LibraryView): { id: string; name: string }[] {
  return s.library.filter((e) => e.locked).map((e) => ({ id: e.id, name: e.name }));
}

/**
 * The plan that plan vs actual holds the forecast against: `own` (the working scenario's plan,
 * passed in), else the chosen locked budget's plan; the own plan again when that budget is gone,
 * unlocked or does not compute.
 */
export function varianceBasePlan(s: LibraryView & Pick<LibrarySlice, 'varianceAgainst'>, own: Projection): { plan: Projection; against: 'own' | string } {
  if (s.varianceAgainst === 'own') return { plan: own, against: 'own' };
  const budget = budgetPlanFor(s.varianceAgainst)(s);
  return budget ? { plan: budget, against: s.varianceAgainst } : { plan: own, against: 'own' };
}
