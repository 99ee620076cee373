import type { StateCreator } from 'zustand';
import type { Scenario } from '../model/types';

/** The scenario the working one is compared against: a library entry, a shipped one or a file. */
export interface CompareTarget {
  /** Where it came from, as the user reads it: `Library: CRM baseline`, `File: plan.json`. */
  label: string;
  scenario: Scenario;
}

export interface CompareSlice {
  compareWith: CompareTarget | null;
  setCompareWith: (target: CompareTarget | null) => void;
}

export const createCompareSlice: StateCreator<CompareSlice, [], [], CompareSlice> = (set) => ({
  compareWith: null,
  setCompareWith: (compareWith) => set({ compareWith }),
});
