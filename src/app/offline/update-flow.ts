import { saveWorking } from '../../state/autosave';
import { useStore } from '../../state/store';

// A new version was deployed: the service worker installed it and waits. The app says so and
// switches only when the user clicks Reload, after saving the working scenario; nothing reloads
// by itself, not even when another tab switches to the new version first.

export const UPDATE_TEXT = 'A new version of Trajectory is ready. Reload to use it: your working scenario is kept.';
export const UPDATED_ELSEWHERE_TEXT = 'Trajectory was updated in another tab. Reload to use the new version: your working scenario is kept.';

export interface UpdateFlow {
  /** The service worker's new version is installed and waiting (workbox `waiting`). */
  onNeedRefresh: () => void;
  /** The new version took control of this page (workbox `controlling`). */
  onNeedReload: () => void;
}

/** What the page can do: switch to the waiting version, reload itself (both injected for tests). */
export interface UpdateActions {
  activateWaiting: () => Promise<void>;
  reload: () => void;
}

/** The update prompt's steps: a notice with Reload; Reload saves first, then switches and reloads. */
export function createUpdateFlow(actions: UpdateActions): UpdateFlow {
  let requested = false;
  let waitingActivated = false;

  const reloadNow = () => {
    // The autosave's debounce may still hold the last edit: write it before the page goes.
    saveWorking();
    actions.reload();
  };

  const reloadClicked = () => {
    requested = true;
    // Another tab already switched: this page is controlled by the new version, reload at once.
    if (waitingActivated) { reloadNow(); return; }
    saveWorking();
    actions.activateWaiting().catch((error: unknown) => {
      useStore.getState().notify({ kind: 'error', text: `The new version could not be started (${error instanceof Error ? error.message : String(error)}). Your work is safe in this tab.` });
    });
  };

  return {
    onNeedRefresh: () => {
      useStore.getState().notify({ kind: 'info', text: UPDATE_TEXT, action: { label: 'Reload', run: reloadClicked } });
    },
    onNeedReload: () => {
      waitingActivated = true;
      if (requested) { reloadNow(); return; }
      // Not this tab's click: never reload under the user's hands (an edit may be half typed).
      const s = useStore.getState();
      for (const n of s.notices) if (n.text === UPDATE_TEXT) s.dismiss(n.id);
      s.notify({ kind: 'info', text: UPDATED_ELSEWHERE_TEXT, action: { label: 'Reload', run: reloadClicked } });
    },
  };
}
