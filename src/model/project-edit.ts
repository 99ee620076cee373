import { copyProjection, project } from './engine';
import { DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type Projection, type ScenarioValues } from './types';

// An edit recomputes only what it can change, as a spreadsheet recomputes only a cell's
// dependents: a yearly assumption applies from its year on, so the months before the first
// changed year are the same as before. They are copied from the earlier projection and the
// engine resumes there (project's `fromYear`). project-edit.test.ts checks the result equals a
// whole projection over random edits.

/**
 * The first year (0..4) in which any input of `next` differs from `before`, YEARS when none does,
 * and 0 when something that acts from month 0 differs (the start year, starting cash, initial
 * customers, the number of plans); a changed month of funding (financing) counts from its year.
 */
export function firstChangedYear(before: ScenarioValues, next: ScenarioValues): number {
  if (before.startYear !== next.startYear || before.startingCash !== next.startingCash || before.plans.length !== next.plans.length) return 0;
  let first = YEARS;
  const scan = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    if (a === b) return;
    for (let y = 0; y < first; y++) {
      // Object.is: a -0 for a 0 would give the same figures, but "changed" is the safe answer.
      if (!Object.is(a[y], b[y])) { first = y; return; }
    }
  };
  // Funding acts from its month on: a changed month m changes its year onwards.
  const fa = before.financing, fb = next.financing;
  if (fa !== fb) {
    for (let m = 0; m < 12 * first; m++) {
      if (!Object.is(fa ? fa[m]! : 0, fb ? fb[m]! : 0)) { first = (m / 12) | 0; break; }
    }
  }
  for (const key of DRIVER_KEYS) scan(before.drivers[key], next.drivers[key]);
  for (let i = 0; i < next.plans.length; i++) {
    const a = before.plans[i]!, b = next.plans[i]!;
    if (a.initialCustomers !== b.initialCustomers) return 0;
    for (const field of PLAN_ROW_KEYS) scan(a[field], b[field]);
  }
  return first;
}

/**
 * project(next) after an edit of the scenario whose values were `before` and projection
 * `previous` (left untouched): a new projection, computed from the first changed year on.
 */
export function projectEdit(next: ScenarioValues, before: ScenarioValues, previous: Projection): Projection {
  const fromYear = firstChangedYear(before, next);
  if (fromYear === 0) return project(next);
  return project(next, copyProjection(previous), { fromYear });
}
