import type { StateCreator } from 'zustand';
import type { Scenario } from '../model/types';
import type { DocumentState } from './library-slice';

// The autosave's state that the app shows: a two-tab conflict. (The autosave itself, which reads
// and writes the stored record, is state/autosave.ts.)

/** Which tab wrote the autosave record, and when: a record's version. */
export interface Head { tabId: string; updatedAt: string }

/** Another tab's record that this tab has not seen: the later save would destroy it. */
export interface Conflict {
  /** The other tab's scenario, as it saved it. */
  other: Scenario;
  /** The other tab's own last version that computed, while `other` has an invalid cell. */
  otherLastGood: Scenario | null;
  otherDocument: DocumentState;
  otherHead: Head;
  /** The library entry that holds this tab's work meanwhile, once it has been kept. */
  keptId: string | null;
}

export interface AutosaveSlice {
  /** The unresolved two-tab conflict, or null; while there is one, this tab's work goes to the library. */
  conflict: Conflict | null;
  setConflict: (conflict: Conflict | null) => void;
}

export const createAutosaveSlice: StateCreator<AutosaveSlice, [], [], AutosaveSlice> = (set) => ({
  conflict: null,
  setConflict: (conflict) => set({ conflict }),
});
