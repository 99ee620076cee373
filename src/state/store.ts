import { create } from 'zustand';
import { temporal } from 'zundo';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createLibrarySlice, type LibrarySlice } from './library-slice';
import { createSensitivitySlice, type SensitivitySlice } from './sensitivity-slice';
import { createAutosaveSlice, type AutosaveSlice } from './autosave-slice';
import { createActualsSlice, type ActualsSlice } from './actuals-slice';

export type AppState = ScenarioSlice & UiSlice & LibrarySlice & CompareSlice & SensitivitySlice & AutosaveSlice & ActualsSlice;

/**
 * The one store. Undo history (zundo) covers the scenario only, never UI state; each action is
 * one step, so one committed value is one undo step and a slider drag is recorded once.
 */
export const useStore = create<AppState>()(
  temporal(
    (...a) => ({
      ...createScenarioSlice(...a),
      ...createUiSlice(...a),
      ...createLibrarySlice(...a),
      ...createCompareSlice(...a),
      ...createSensitivitySlice(...a),
      ...createAutosaveSlice(...a),
      ...createActualsSlice(...a),
    }),
    {
      // The scenario's last good version travels with it, so undo and redo never show another's figures.
      partialize: (state) => ({ scenario: state.scenario, lastGood: state.lastGood }),
      equality: (past, current) => past.scenario === current.scenario,
      limit: 500,
    },
  ),
);
