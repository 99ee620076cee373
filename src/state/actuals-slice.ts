import type { StateCreator } from 'zustand';
import { mergeActuals, withActualFigures, type ActualEdit } from '../model/actuals-import/merge';
import type { ActualMonth, Scenario } from '../model/types';
import type { ScenarioSlice } from './scenario-slice';

// The actuals' edits (issue 17), each one undo step: they go through the scenario slice's
// updateScenario, so whatever an edit of the scenario does (history, last good version) they do.

export interface ActualsSlice {
  /** Grid edits (typing, paste, Delete) as one step; months stay whole from January. */
  setActualFigures: (edits: readonly ActualEdit[]) => void;
  /** An accepted import: its months merged into the actuals, figure by figure, as one step. */
  importActuals: (months: readonly ActualMonth[]) => void;
  /** Removes every actual month, as one step. */
  clearActuals: () => void;
}

/** The scenario with these actual months; without any, the field is left out (a plan-only file). */
export function withActuals(s: Scenario, actuals: ActualMonth[]): Scenario {
  if (actuals.length) return { ...s, actuals };
  const rest = { ...s };
  delete rest.actuals;
  return rest;
}

export const createActualsSlice: StateCreator<ScenarioSlice & ActualsSlice, [], [], ActualsSlice> = (_set, get) => ({
  setActualFigures: (edits) => get().updateScenario((s) => withActuals(s, withActualFigures(s.actuals, s.startYear, edits))),
  importActuals: (months) => get().updateScenario((s) => withActuals(s, mergeActuals(s.actuals, months))),
  clearActuals: () => {
    if (get().scenario.actuals?.length) get().updateScenario((s) => withActuals(s, []));
  },
});
