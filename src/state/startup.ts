import { restoreWorking, startAutosave } from './autosave';
import { loadLibrary } from './library-store';
import { openShareFragment } from './share';
import { useStore } from './store';

/**
 * Decides the scenario the app opens on: a share link in the fragment, else the autosaved work,
 * else `?example=<id>`, else the baseline (those two are the scenario slice's initial state).
 * Runs once before the first render, then keeps the work saved as it changes.
 */
export function startup(): void {
  const s = useStore.getState();
  const library = loadLibrary();
  s.setLibrary(library.entries);
  for (const text of library.problems) s.notify({ kind: 'warning', text });

  const { restored, problem } = restoreWorking();
  if (problem) s.notify({ kind: 'warning', text: problem });
  if (restored) {
    // An invalid cell mid-edit was saved too, with the scenario's own last valid version, which
    // the views show (marked not current) until it is fixed.
    s.loadScenario(restored.scenario, restored.fallback);
    s.setDocument(restored.document);
  } else {
    s.setDocument({ entryId: null, fileName: null, saved: useStore.getState().scenario });
  }

  openShareFragment(location.hash);
  // Starting up is not an edit: nothing before this point is undoable.
  useStore.temporal.getState().clear();
  startAutosave();
  window.addEventListener('hashchange', () => { openShareFragment(location.hash); });
}
