import { compactScenario } from '../model/serialize';
import type { Scenario } from '../model/types';
import type { Conflict, Head } from './autosave-slice';
import { evaluateScenario } from './evaluate';
import { acceptStored } from './library-store';
import { hasUnsavedChanges, type DocumentState } from './library-slice';
import { downloadScenario } from './scenario-file';
import { PREFIX, readText, setAside, writeText, type StorageFailure } from './storage';
import { useStore } from './store';

// The working scenario is saved as it changes (debounced) under its own key, apart from the
// library, and restored on reload. The record carries the tab and the time: each tab remembers
// the record it last read or wrote, and never overwrites one that another tab wrote after that.
// Then both versions are kept (this tab's as a library entry) and the user chooses which one to
// work on; the `storage` event says so as soon as the other tab saves.

export const WORKING_KEY = `${PREFIX}working`;
export const AUTOSAVE_DELAY_MS = 500;

interface WorkingRecord {
  v: 1;
  tabId: string;
  updatedAt: string;
  entryId: string | null;
  fileName: string | null;
  /** Whether it had changes not saved to a file or the library. */
  dirty: boolean;
  scenario: Scenario;
  /** Its own last version that computed, stored only while the working one has an invalid cell. */
  fallback?: Scenario;
}

/** This page's id (a reload is a new page; enough to tell two open tabs apart). */
export const TAB_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export interface Restored {
  scenario: Scenario;
  /** Its own last version that computed, shown while `scenario` has an invalid cell; null if none. */
  fallback: Scenario | null;
  document: DocumentState;
}

/** Reads the autosaved working scenario; a damaged record is set aside and reported, never thrown. */
export function restoreWorking(): { restored: Restored | null; problem: string | null } {
  const read = readText(WORKING_KEY, 'restoring your last session');
  if (!read.ok) return { restored: null, problem: read.message };
  if (read.text === null) return { restored: null, problem: null };
  const record = decode(read.text);
  if (typeof record !== 'string') { adopt(headOf(read.text), record.scenario); return { restored: record, problem: null }; }
  const moved = setAside(WORKING_KEY, read.text);
  return {
    restored: null,
    problem: moved.ok
      ? `Your last session's scenario could not be restored (${record}). It was set aside, not deleted: it is kept in this browser's storage as "${moved.key}".`
      : `Your last session's scenario could not be restored (${record}), and setting it aside failed: ${moved.message}`,
  };
}

function decode(text: string): Restored | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `it is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (data === null || typeof data !== 'object') return 'it is not a saved session';
  const r = data as Partial<Record<keyof WorkingRecord, unknown>>;
  const scenario = acceptStored(r.scenario);
  if (!scenario) return 'its scenario does not have the shape of a scenario file';
  const kept = r.fallback === undefined ? null : acceptStored(r.fallback);
  // A scenario with invalid cells and no version that computed is still the user's work: it
  // opens with its problems and no figures (never another scenario's).
  const fallback = kept && evaluateScenario(kept).ok ? kept : null;
  return {
    scenario,
    fallback,
    document: {
      entryId: typeof r.entryId === 'string' ? r.entryId : null,
      fileName: typeof r.fileName === 'string' ? r.fileName : null,
      saved: r.dirty === false ? scenario : null,
    },
  };
}

let failing: StorageFailure['reason'] | null = null;

/** The record this tab last read or wrote: the version its work builds on. */
let known: Head | null = null;
/** The scenario of that record (compact text): what this tab's own changes are measured from. */
let knownScenario: string | null = null;
function adopt(head: Head | null, scenario: Scenario): void {
  known = head;
  knownScenario = compactScenario(scenario);
}
/** Whether this tab changed the scenario since it last read or wrote the record. */
const changedHere = (): boolean => compactScenario(useStore.getState().scenario) !== knownScenario;

function headOf(text: string): Head | null {
  try {
    const data = JSON.parse(text) as Partial<Record<keyof WorkingRecord, unknown>> | null;
    if (data === null || typeof data !== 'object' || typeof data.tabId !== 'string' || typeof data.updatedAt !== 'string') return null;
    return { tabId: data.tabId, updatedAt: data.updatedAt };
  } catch (error) {
    // Not a record of ours (damaged by hand or by a bug): restoreWorking sets such text aside.
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

const conflictNow = (): Conflict | null => useStore.getState().conflict;
const setConflict = (next: Conflict | null): void => useStore.getState().setConflict(next);

/** The stored record when another tab wrote it after this tab last read or wrote; else null. */
function newerFromOtherTab(): { head: Head; restored: Restored } | null {
  const read = readText(WORKING_KEY, 'checking for changes from another tab');
  if (!read.ok || read.text === null) return null;
  const head = headOf(read.text);
  if (!head || head.tabId === TAB_ID) return null;
  if (known && known.tabId === head.tabId && known.updatedAt === head.updatedAt) return null;
  const restored = decode(read.text);
  if (typeof restored === 'string') return null;
  // The same scenario as this tab's, or as the version this tab last read or wrote (the other
  // tab opened this one's version and saved it again): the other tab changed nothing to lose.
  const theirs = compactScenario(restored.scenario);
  if (theirs === knownScenario || theirs === compactScenario(useStore.getState().scenario)) {
    adopt(head, restored.scenario);
    return null;
  }
  return { head, restored };
}

function noteConflict(found: { head: Head; restored: Restored }): void {
  const conflict = conflictNow();
  if (conflict && conflict.otherHead.updatedAt === found.head.updatedAt && conflict.otherHead.tabId === found.head.tabId) return;
  setConflict({ other: found.restored.scenario, otherLastGood: found.restored.fallback, otherDocument: found.restored.document, otherHead: found.head, keptId: conflict?.keptId ?? null });
}

/** Keeps this tab's scenario as a library entry (one entry, updated while the conflict lasts). */
function keepMine(): void {
  const conflict = conflictNow();
  if (!conflict) return;
  const s = useStore.getState();
  const name = `${s.scenario.name} (this tab, ${new Date().toLocaleTimeString()})`;
  const entry = s.keepEntry({ ...s.scenario, name }, conflict.keptId);
  if (conflict.keptId === null) setConflict({ ...conflict, keptId: entry.id });
}

/**
 * Ends a two-tab conflict. `mine`: the other tab's version goes to the library and this tab's
 * becomes the saved session; `theirs`: this tab's goes to the library and the other's opens here.
 */
export function resolveConflict(choice: 'mine' | 'theirs'): void {
  const c = conflictNow();
  if (!c) return;
  const s = useStore.getState();
  if (choice === 'mine') {
    s.addEntry({ ...c.other, name: `${c.other.name} (other tab, ${new Date(c.otherHead.updatedAt).toLocaleTimeString()})` });
    known = c.otherHead;
    setConflict(null);
    saveWorking();
    s.notify({ kind: 'success', text: 'Kept this tab\'s version. The other tab\'s version is in the library.' });
    return;
  }
  if (compactScenario(s.scenario) !== compactScenario(c.other)) keepMine();
  const kept = conflictNow()?.keptId ?? null;
  adopt(c.otherHead, c.other);
  setConflict(null);
  s.loadScenario(c.other, c.otherLastGood);
  s.setDocument(c.otherDocument);
  s.notify({ kind: 'info', text: kept ? 'Opened the other tab\'s version. This tab\'s version is in the library.' : 'Opened the other tab\'s version.' });
}

/** Writes the working scenario now; reports a failure once, and when storage works again. */
export function saveWorking(): void {
  const s = useStore.getState();
  const newer = newerFromOtherTab();
  if (newer) {
    // Nothing changed here since the version this tab read: writing would only bring back an
    // older scenario over the other tab's newer one.
    if (!conflictNow() && !changedHere()) return;
    noteConflict(newer);
  }
  if (conflictNow()) {
    // Never overwrite the other tab's work: this tab's is kept in the library until the user chooses.
    keepMine();
    return;
  }
  const record: WorkingRecord = {
    v: 1, tabId: TAB_ID, updatedAt: new Date().toISOString(),
    entryId: s.document.entryId, fileName: s.document.fileName, dirty: hasUnsavedChanges(s), scenario: s.scenario,
  };
  if (s.lastGood && !evaluateScenario(s.scenario).ok) record.fallback = s.lastGood;
  const result = writeText(WORKING_KEY, JSON.stringify(record), 'saving your work automatically');
  if (result.ok) {
    adopt({ tabId: record.tabId, updatedAt: record.updatedAt }, record.scenario);
    if (failing) s.notify({ kind: 'success', text: 'Automatic saving works again: your work is stored in this browser.' });
    failing = null;
    return;
  }
  if (failing === result.reason) return;
  failing = result.reason;
  s.notify({ kind: 'error', text: result.message, action: { label: 'Download a copy', run: () => { const now = useStore.getState(); downloadScenario(now.scenario, now.document.fileName ?? undefined); } } });
}

/** Saves the working scenario ~500 ms after each change, and at once when the page is hidden. */
export function startAutosave(): () => void {
  const first = useStore.getState().scenario;
  // No session was restored: the scenario this tab opened on is where its own changes start.
  if (knownScenario === null) knownScenario = compactScenario(first);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    saveWorking();
  };
  const unsubscribe = useStore.subscribe((state, prev) => {
    if (state.scenario === prev.scenario && state.document === prev.document) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
  });
  const onHide = () => { if (document.visibilityState === 'hidden') flush(); };
  // Another tab saved: say so now, before this tab's next save would find out.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== WORKING_KEY || event.newValue === null) return;
    const newer = newerFromOtherTab();
    if (newer) noteConflict(newer);
  };
  window.addEventListener('pagehide', flush);
  window.addEventListener('storage', onStorage);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('storage', onStorage);
    document.removeEventListener('visibilitychange', onHide);
  };
}
