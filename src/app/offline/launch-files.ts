import type { FileHandle } from '../../state/scenario-file';
import { useStore } from '../../state/store';

// The File Handling API: an installed Trajectory is offered as the app for scenario .json files
// (manifest `file_handlers`, see vite.config.ts). A double-clicked file arrives in
// `window.launchQueue`; it opens through the same door as File > Open (parseScenario, with the
// refused-file dialog and unsaved work kept in the library). Browsers without it never call us.

/** What a launch brings: the files the user opened the app with (WICG File Handling). */
export interface LaunchParams { files: readonly { kind: string; name: string }[] }
export interface LaunchQueue { setConsumer: (consumer: (params: LaunchParams) => void | Promise<void>) => void }

/** Opens a file the way File > Open does (features/scenarios/file-actions.ts `openFile`). */
export type OpenFile = (file: File, handle: FileHandle | null) => Promise<boolean>;

const isFileHandle = (handle: { kind: string }): handle is FileHandle => handle.kind === 'file' && typeof (handle as Partial<FileHandle>).getFile === 'function';

/** Opens the first scenario file of each launch; returns whether the browser has a launch queue. */
export function consumeLaunchQueue(open: OpenFile, host: object = globalThis): boolean {
  const queue = (host as { launchQueue?: LaunchQueue }).launchQueue;
  if (!queue || typeof queue.setConsumer !== 'function') return false;
  queue.setConsumer(async ({ files }) => {
    const handles = files.filter(isFileHandle);
    const first = handles[0];
    if (!first) return;
    const s = useStore.getState();
    let file: File;
    try {
      file = await first.getFile();
    } catch (error) {
      s.notify({ kind: 'error', text: `"${first.name}" could not be read (${error instanceof Error ? error.message : String(error)}). Try File > Open.` });
      return;
    }
    // The handle lets Save write back to the file that was double-clicked.
    const opened = await open(file, first);
    // The app works on one scenario at a time: say which one was opened.
    if (opened && handles.length > 1) {
      s.notify({ kind: 'info', text: `Opened "${first.name}" only: Trajectory works on one scenario at a time. Open the others with File > Open.` });
    }
  });
  return true;
}
