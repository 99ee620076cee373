import { sameScenario } from '../model/serialize';
import { saveWorking } from './autosave';
import { hasUnsavedChanges } from './library-slice';
import { SHIPPED, shippedScenario } from './shipped';
import { useStore } from './store';

/**
 * Opens the example a `?example=<id>` link names, also for a returning user whose autosaved work
 * was restored: that work is kept in the library first (unless it is a library entry already, or
 * an example as shipped), and said so. The parameter is then taken off the address, so a reload
 * restores the work on the example rather than opening the example again. Returns whether it opened one.
 */
export function openExampleLink(search: string): boolean {
  const id = new URLSearchParams(search).get('example');
  const example = id ? shippedScenario(id) : undefined;
  if (!example) return false;
  const s = useStore.getState();
  if (!sameScenario(s.scenario, example)) {
    const pristine = SHIPPED.some((x) => sameScenario(x.scenario, s.scenario));
    if (!hasUnsavedChanges(s) && s.document.entryId === null && !pristine) {
      // Saved to a file but not to the library: the library keeps it too, so nothing needs finding.
      const kept = s.addEntry(s.scenario);
      s.notify({ kind: 'info', text: `Your work on "${s.scenario.name}" is kept in the library.` });
      s.setDocument({ ...s.document, entryId: kept.id });
    }
    // Unsaved work is kept by openScenario itself, as "<name> (unsaved changes)".
    useStore.getState().openScenario(example, {});
    // Saved as the working scenario now: a reload then restores the example, not the old work.
    saveWorking();
  }
  const url = new URL(location.href);
  url.searchParams.delete('example');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  return true;
}
