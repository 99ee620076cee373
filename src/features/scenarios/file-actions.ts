import { useStore } from '../../state/store';
import { downloadScenario, fileHandle, fileNameFor, hasFileAccess, pickFile, pickSaveFile, readScenarioFile, setFileHandle, writeToHandle, type FileHandle } from '../../state/scenario-file';

// What the File menu and the drop zone do. Every file goes through parseScenario (via
// readScenarioFile); a refused file shows its problems in a dialog and changes nothing.

const detail = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens a scenario file; returns whether it was opened. */
export async function openFile(file: File, handle: FileHandle | null = null): Promise<boolean> {
  const s = useStore.getState();
  const parsed = await readScenarioFile(file);
  if (!parsed.ok) {
    s.showRefused(file.name, parsed.problems);
    return false;
  }
  s.openScenario(parsed.scenario, { fileName: file.name });
  setFileHandle(handle);
  s.notify({ kind: 'success', text: `Opened "${file.name}".` });
  return true;
}

/** Open…: the system picker where it can save back to the file, else the plain file input. */
export async function openWithPicker(input: HTMLInputElement | null): Promise<void> {
  if (!hasFileAccess()) {
    input?.click();
    return;
  }
  try {
    const handle = await pickFile();
    if (handle) await openFile(await handle.getFile(), handle);
  } catch (error) {
    useStore.getState().notify({ kind: 'error', text: `The file could not be opened (${detail(error)}).` });
  }
}

function markSaved(fileName: string): void {
  const s = useStore.getState();
  s.setDocument({ ...s.document, fileName, saved: s.scenario });
}

/** Downloads the scenario as a file, without changing where it is saved. */
export function downloadCopy(): void {
  const s = useStore.getState();
  downloadScenario(s.scenario, s.document.fileName ?? fileNameFor(s.scenario));
}

function download(): void {
  const s = useStore.getState();
  const name = s.document.fileName ?? fileNameFor(s.scenario);
  downloadScenario(s.scenario, name);
  markSaved(name);
}

async function writeTo(handle: FileHandle): Promise<void> {
  const s = useStore.getState();
  try {
    await writeToHandle(handle, s.scenario);
    setFileHandle(handle);
    markSaved(handle.name);
    s.notify({ kind: 'success', text: `Saved to "${handle.name}".` });
  } catch (error) {
    s.notify({ kind: 'error', text: `Could not write to "${handle.name}" (${detail(error)}). Your work is safe in this tab.`, action: { label: 'Download a copy', run: downloadCopy } });
  }
}

/** Save: back to the opened file where the browser allows it, else a download. */
export async function save(): Promise<void> {
  const handle = fileHandle();
  if (handle) await writeTo(handle);
  else download();
}

/** Save as…: a new file chosen in the system dialog where available, else a download. */
export async function saveAs(): Promise<void> {
  if (!hasFileAccess()) {
    download();
    return;
  }
  const s = useStore.getState();
  try {
    const handle = await pickSaveFile(s.document.fileName ?? fileNameFor(s.scenario));
    if (handle) await writeTo(handle);
  } catch (error) {
    s.notify({ kind: 'error', text: `The save dialog failed (${detail(error)}).`, action: { label: 'Download a copy', run: downloadCopy } });
  }
}
