import type { StateCreator } from 'zustand';
import { sameScenario } from '../model/serialize';
import type { Problem, Scenario } from '../model/types';
import { deleteStoredEntry, newEntryId, storeEntry, type LibraryEntry } from './library-store';
import { downloadScenario } from './scenario-file';
import type { ScenarioSlice } from './scenario-slice';
import type { WriteResult } from './storage';
import type { UiSlice } from './ui-slice';

/** Where the working scenario came from, and what it was when last opened or saved. */
export interface DocumentState {
  /** The library entry it was opened from or last saved to. */
  entryId: string | null;
  /** The file it was opened from or last saved as. */
  fileName: string | null;
  /** The scenario as last opened or saved; null when it was never saved anywhere. */
  saved: Scenario | null;
}

export interface LibrarySlice {
  /** The user's own scenarios, newest first (the shipped ones are in shipped.ts). */
  library: LibraryEntry[];
  document: DocumentState;
  /** The problems of a file or link that was refused, shown in a dialog. */
  refused: { title: string; problems: Problem[] } | null;
  setLibrary: (entries: LibraryEntry[]) => void;
  setDocument: (document: DocumentState) => void;
  /** Makes a scenario the working one, first keeping unsaved changes as a library entry. */
  openScenario: (scenario: Scenario, origin: { entryId?: string | null; fileName?: string | null }) => void;
  openEntry: (id: string) => void;
  /** Adds a scenario as a new entry (a share link, a duplicate, unsaved work); returns it. */
  addEntry: (scenario: Scenario) => LibraryEntry;
  /** Stores a scenario as entry `id` (replacing it), or as a new entry when `id` is null; returns it. */
  keepEntry: (scenario: Scenario, id: string | null) => LibraryEntry;
  /** Saves the working scenario to its library entry, or to a new one. */
  saveToLibrary: () => void;
  renameEntry: (id: string, name: string) => void;
  duplicateEntry: (id: string) => void;
  /** Deletes an entry; the notice offers Undo. */
  deleteEntry: (id: string) => void;
  /** Locks an entry as a budget (read-only until unlocked), or unlocks it. */
  setEntryLocked: (id: string, locked: boolean) => void;
  /**
   * What plan vs actual holds the working forecast against: its own plan ('own'), or the plan of
   * a locked budget in the library (its entry id). Read by the actuals' plan-vs-actual view with
   * budgetPlanFor (state/budget.ts).
   */
  varianceAgainst: 'own' | string;
  setVarianceAgainst: (against: 'own' | string) => void;
  showRefused: (title: string, problems: Problem[]) => void;
  closeRefused: () => void;
}

/** Whether the working scenario differs from what was last opened or saved. */
// The selector runs on every store change; an edit shares all but its own cells with the saved
// scenario, so the comparison skips the shared parts instead of writing both out.
export function hasUnsavedChanges(s: Pick<ScenarioSlice, 'scenario'> & Pick<LibrarySlice, 'document'>): boolean {
  const saved = s.document.saved;
  return saved === null || !sameScenario(saved, s.scenario);
}

const now = () => new Date().toISOString();

/** What the library's actions read besides the library: the scenario, and notices. */
type LibraryDeps = LibrarySlice & ScenarioSlice & UiSlice;

export const createLibrarySlice: StateCreator<LibraryDeps, [], [], LibrarySlice> = (set, get) => {
  /** A storage failure: said in words, the work stays in memory, and a download is offered. */
  const report = (result: WriteResult) => {
    if (result.ok) return;
    get().notify({ kind: 'error', text: result.message, action: { label: 'Download a copy', run: () => downloadScenario(get().scenario, get().document.fileName ?? undefined) } });
  };
  /** Lists the entry at once (the work stays in memory), then stores it; says whether storing worked. */
  const put = (entry: LibraryEntry): boolean => {
    set((s) => ({ library: [entry, ...s.library.filter((e) => e.id !== entry.id)].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) }));
    const stored = storeEntry(entry);
    report(stored);
    return stored.ok;
  };
  const find = (id: string) => get().library.find((e) => e.id === id);

  return {
    library: [],
    document: { entryId: null, fileName: null, saved: null },
    refused: null,
    varianceAgainst: 'own',
    setVarianceAgainst: (varianceAgainst) => set({ varianceAgainst }),
    setLibrary: (library) => set({ library }),
    setDocument: (document) => set({ document }),
    openScenario: (scenario, origin) => {
      const s = get();
      if (hasUnsavedChanges(s)) {
        const kept = s.addEntry({ ...s.scenario, name: `${s.scenario.name} (unsaved changes)` });
        s.notify({ kind: 'info', text: `Your unsaved changes to "${s.scenario.name}" are kept in the library as "${kept.name}".` });
      }
      s.loadScenario(scenario);
      set({ document: { entryId: origin.entryId ?? null, fileName: origin.fileName ?? null, saved: scenario } });
    },
    openEntry: (id) => {
      const entry = find(id);
      if (!entry) return;
      get().openScenario(entry.scenario, { entryId: id });
      if (entry.locked) get().notify({ kind: 'info', text: `"${entry.name}" is a locked budget: it opens read-only. Unlock it in the Scenarios view, or duplicate it to change a copy.` });
    },
    addEntry: (scenario) => {
      const entry: LibraryEntry = { id: newEntryId(), name: scenario.name, updatedAt: now(), scenario };
      put(entry);
      return entry;
    },
    keepEntry: (scenario, id) => {
      if (id === null) return get().addEntry(scenario);
      const entry: LibraryEntry = { id, name: scenario.name, updatedAt: now(), scenario };
      put(entry);
      return entry;
    },
    saveToLibrary: () => {
      const { scenario, document } = get();
      const existing = document.entryId ? find(document.entryId) : undefined;
      if (existing?.locked) {
        get().notify({ kind: 'warning', text: `"${existing.name}" is a locked budget: unlock it to save over it, or duplicate it.` });
        return;
      }
      const entry: LibraryEntry = existing ? { ...existing, name: scenario.name, scenario, updatedAt: now() } : { id: newEntryId(), name: scenario.name, updatedAt: now(), scenario };
      const stored = put(entry);
      set({ document: { ...document, entryId: entry.id, saved: scenario } });
      if (stored) get().notify({ kind: 'success', text: `Saved "${entry.name}" to the library.` });
    },
    renameEntry: (id, name) => {
      const entry = find(id);
      const clean = name.trim();
      if (!entry || !clean || clean === entry.name) return;
      if (entry.locked) {
        get().notify({ kind: 'warning', text: `"${entry.name}" is a locked budget: unlock it to rename it.` });
        return;
      }
      const scenario = { ...entry.scenario, name: clean };
      put({ ...entry, name: clean, scenario, updatedAt: now() });
      // The open scenario follows the rename only when it has no changes of its own.
      const s = get();
      if (s.document.entryId === id && !hasUnsavedChanges(s)) {
        // The same scenario renamed, not another one: it keeps its last good version.
        s.updateScenario(() => scenario);
        set({ document: { ...s.document, saved: scenario } });
      }
    },
    duplicateEntry: (id) => {
      const entry = find(id);
      if (entry) get().addEntry({ ...entry.scenario, name: `${entry.name} (copy)` });
    },
    setEntryLocked: (id, locked) => {
      const entry = find(id);
      if (!entry || Boolean(entry.locked) === locked) return;
      const next: LibraryEntry = { ...entry, locked: true };
      if (!locked) delete next.locked;
      if (put(next)) {
        get().notify({ kind: 'success', text: locked ? `Locked "${entry.name}" as a budget: read-only until unlocked.` : `Unlocked "${entry.name}": it can be changed again.` });
      }
    },
    deleteEntry: (id) => {
      const entry = find(id);
      if (!entry) return;
      set((s) => ({ library: s.library.filter((e) => e.id !== id), document: s.document.entryId === id ? { ...s.document, entryId: null } : s.document }));
      report(deleteStoredEntry(id));
      get().notify({ kind: 'info', text: `Deleted "${entry.name}" from the library.`, action: { label: 'Undo', run: () => put(entry) } });
    },
    showRefused: (title, problems) => set({ refused: { title, problems } }),
    closeRefused: () => set({ refused: null }),
  };
};
