import type { Scenario } from '../model/types';
import { evaluateScenario } from './evaluation';
import { acceptStored } from './library-store';
import { hasUnsavedChanges, type DocumentState } from './library-slice';
import { downloadScenario } from './scenario-file';
import { PREFIX, readText, setAside, writeText, type StorageFailure } from './storage';
import { useStore } from './store';

// The working scenario is saved as it changes (debounced) under its own key, apart from the
// library, and restored on reload. The record carries the tab and the time so that two tabs
// editing at once can be detected later (another issue), instead of silently overwriting.

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
  /** The last scenario that computed, stored only while the working one has an invalid cell. */
  fallback?: Scenario;
}

/** This page's id (a reload is a new page; enough to tell two open tabs apart). */
export const TAB_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export interface Restored {
  scenario: Scenario;
  /** A valid scenario to compute from while `scenario` has an invalid cell. */
  fallback: Scenario | null;
  document: DocumentState;
}

/** Reads the autosaved working scenario; a damaged record is set aside and reported, never thrown. */
export function restoreWorking(): { restored: Restored | null; problem: string | null } {
  const read = readText(WORKING_KEY, 'restoring your last session');
  if (!read.ok) return { restored: null, problem: read.message };
  if (read.text === null) return { restored: null, problem: null };
  const record = decode(read.text);
  if (typeof record !== 'string') return { restored: record, problem: null };
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
  const fallback = r.fallback === undefined ? null : acceptStored(r.fallback);
  if (!evaluateScenario(scenario).ok && !(fallback && evaluateScenario(fallback).ok)) return 'its scenario has invalid cells and no valid version was kept';
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

let lastValid: Scenario | null = null;
let failing: StorageFailure['reason'] | null = null;

/** Writes the working scenario now; reports a failure once, and when storage works again. */
export function saveWorking(): void {
  const s = useStore.getState();
  const valid = evaluateScenario(s.scenario).ok;
  if (valid) lastValid = s.scenario;
  const record: WorkingRecord = {
    v: 1, tabId: TAB_ID, updatedAt: new Date().toISOString(),
    entryId: s.document.entryId, fileName: s.document.fileName, dirty: hasUnsavedChanges(s), scenario: s.scenario,
  };
  if (!valid && lastValid) record.fallback = lastValid;
  const result = writeText(WORKING_KEY, JSON.stringify(record), 'saving your work automatically');
  if (result.ok) {
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
  if (evaluateScenario(first).ok) lastValid = first;
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
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    flush();
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}
