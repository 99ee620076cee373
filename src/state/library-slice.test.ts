// The library and the autosave, on an in-memory storage: unsaved work is never lost when another
// scenario opens, a delete can be undone, damaged entries are set aside and reported.
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveConflict, restoreWorking, saveWorking, WORKING_KEY } from './autosave';
import { loadLibrary } from './library-store';
import { hasUnsavedChanges } from './library-slice';
import { memoryStore } from './memory-store';
import { shippedScenario } from './shipped';
import { setBackingStore } from './storage';
import { useStore } from './store';

const baseline = shippedScenario('crm-baseline')!;
const aggressive = shippedScenario('crm-aggressive')!;
let store: ReturnType<typeof memoryStore>;

beforeEach(() => {
  store = memoryStore();
  setBackingStore(store);
  useStore.setState({ scenario: baseline, lastGood: null, conflict: null, library: [], notices: [], document: { entryId: null, fileName: null, saved: baseline } });
});

describe('library slice', () => {
  it('opening another scenario keeps unsaved changes as an entry', () => {
    useStore.getState().setField('startingCash', 2_500_000);
    expect(hasUnsavedChanges(useStore.getState())).toBe(true);
    useStore.getState().openScenario(aggressive, {});
    const s = useStore.getState();
    expect(s.scenario).toBe(aggressive);
    expect(s.library.map((e) => e.name)).toEqual(['CRM baseline 2026-2030 (unsaved changes)']);
    expect(s.library[0]!.scenario.startingCash).toBe(2_500_000);
    expect(s.notices.map((n) => n.text)).toEqual(['Your unsaved changes to "CRM baseline 2026-2030" are kept in the library as "CRM baseline 2026-2030 (unsaved changes)".']);
    // And it is stored, so it survives a reload.
    expect(loadLibrary().entries.map((e) => e.scenario.startingCash)).toEqual([2_500_000]);
  });

  it('opening another scenario without changes keeps nothing extra', () => {
    useStore.getState().openScenario(aggressive, {});
    expect(useStore.getState().library).toEqual([]);
    expect(hasUnsavedChanges(useStore.getState())).toBe(false);
  });

  it('an edit undone back to what was saved is not an unsaved change', () => {
    useStore.getState().setField('startingCash', 1);
    useStore.getState().setField('startingCash', baseline.startingCash);
    expect(hasUnsavedChanges(useStore.getState())).toBe(false);
  });

  it('deletes with Undo', () => {
    useStore.getState().saveToLibrary();
    const id = useStore.getState().library[0]!.id;
    useStore.getState().deleteEntry(id);
    expect(useStore.getState().library).toEqual([]);
    expect(loadLibrary().entries).toEqual([]);
    const undo = useStore.getState().notices.find((n) => n.action?.label === 'Undo')!;
    undo.action!.run();
    expect(useStore.getState().library.map((e) => e.id)).toEqual([id]);
    expect(loadLibrary().entries.map((e) => e.id)).toEqual([id]);
  });

  it('sets a damaged entry aside and keeps the others', () => {
    useStore.getState().saveToLibrary();
    store.map.set('trajectory:library:zzz', '{"updatedAt":"2026-01-01","scenario":{"name":1}}');
    const loaded = loadLibrary();
    expect(loaded.entries.map((e) => e.name)).toEqual(['CRM baseline 2026-2030']);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatch(/set aside, not deleted/);
    expect([...store.map.keys()].some((k) => k.startsWith('trajectory:set-aside:library:zzz:'))).toBe(true);
  });

  it('a full storage is reported once with a download offered, and the entry stays listed', () => {
    setBackingStore(memoryStore('QuotaExceededError'));
    useStore.getState().saveToLibrary();
    const s = useStore.getState();
    expect(s.library).toHaveLength(1);
    expect(s.notices.map((n) => [n.kind, n.action?.label])).toEqual([['error', 'Download a copy']]);
  });
});

describe('autosave', () => {
  it('restores the working scenario with its tab, time and unsaved flag', () => {
    useStore.getState().setField('startingCash', 2_500_000);
    saveWorking();
    const record = JSON.parse(store.map.get(WORKING_KEY)!) as { tabId: string; updatedAt: string; dirty: boolean };
    expect(record.tabId).toMatch(/\w/);
    expect(Date.parse(record.updatedAt)).not.toBeNaN();
    expect(record.dirty).toBe(true);
    const { restored, problem } = restoreWorking();
    expect(problem).toBeNull();
    expect(restored!.scenario.startingCash).toBe(2_500_000);
    expect(restored!.document.saved).toBeNull();
  });

  it('keeps a scenario with an invalid cell, with the last valid one to compute from', () => {
    saveWorking(); // the baseline, valid
    useStore.getState().setCell({ kind: 'driver', key: 'trialToPaid', y: 0 }, 1.5);
    saveWorking();
    const { restored } = restoreWorking();
    expect(restored!.scenario.drivers.trialToPaid[0]).toBe(1.5);
    expect(restored!.fallback!.drivers.trialToPaid[0]).toBe(0.2);
  });

  it('sets a damaged autosave aside and says so', () => {
    store.map.set(WORKING_KEY, 'not json');
    const { restored, problem } = restoreWorking();
    expect(restored).toBeNull();
    expect(problem).toMatch(/could not be restored .*set aside, not deleted/);
    expect(store.map.has(WORKING_KEY)).toBe(false);
    expect([...store.map.values()]).toEqual(['not json']);
  });

  it('a scenario with an invalid cell and no version that computed is restored, not set aside', () => {
    useStore.getState().loadScenario({ ...aggressive, drivers: { ...aggressive.drivers, trialToPaid: [1.5, 0.3, 0.3, 0.3, 0.3] } });
    saveWorking();
    const { restored, problem } = restoreWorking();
    expect(problem).toBeNull();
    expect(restored!.scenario.drivers.trialToPaid[0]).toBe(1.5);
    expect(restored!.fallback).toBeNull();
  });

  it('another tab\'s newer save is a conflict in the store: this tab\'s work goes to the library, the record stays theirs until the user chooses', () => {
    saveWorking();
    const theirs = { ...baseline, name: 'Their plan' };
    const record = { v: 1, tabId: 'other-tab', updatedAt: '2030-01-01T00:00:00.000Z', entryId: null, fileName: null, dirty: true, scenario: theirs };
    store.map.set(WORKING_KEY, JSON.stringify(record));
    useStore.getState().setField('startingCash', 3_000_000);
    saveWorking();
    const s = useStore.getState();
    expect(s.conflict!.other.name).toBe('Their plan');
    expect(s.library.map((e) => e.scenario.startingCash)).toEqual([3_000_000]);
    expect(s.conflict!.keptId).toBe(s.library[0]!.id);
    expect(JSON.parse(store.map.get(WORKING_KEY)!).tabId).toBe('other-tab');
    // A second save while it lasts updates the same kept entry.
    useStore.getState().setField('startingCash', 3_500_000);
    saveWorking();
    expect(useStore.getState().library.map((e) => e.scenario.startingCash)).toEqual([3_500_000]);
    expect(loadLibrary().entries.map((e) => e.scenario.startingCash)).toEqual([3_500_000]);

    resolveConflict('mine');
    const after = useStore.getState();
    expect(after.conflict).toBeNull();
    const names = after.library.map((e) => e.scenario.name).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^CRM baseline 2026-2030 \(this tab, /);
    expect(names[1]).toMatch(/^Their plan \(other tab, /);
    expect(JSON.parse(store.map.get(WORKING_KEY)!).scenario.startingCash).toBe(3_500_000);
  });
});
