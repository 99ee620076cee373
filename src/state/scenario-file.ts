import { parseScenarioText, type ParseResult } from '../model/parse-scenario';
import { serializeScenario } from '../model/serialize';
import type { Scenario } from '../model/types';

// Scenario files on disk: read through parseScenarioText, written by serializeScenario. Where the
// browser has the File System Access API, Save writes back to the file that was opened;
// elsewhere (and for files opened by drop or the plain picker) the file is downloaded.

interface WritableFile { write: (data: Blob) => Promise<void>; close: () => Promise<void> }
export interface FileHandle { name: string; kind: 'file'; getFile: () => Promise<File>; createWritable: () => Promise<WritableFile> }
type PickerTypes = { types: { description: string; accept: Record<string, string[]> }[] };
interface FsAccessWindow {
  showOpenFilePicker?: (options: PickerTypes & { multiple: false }) => Promise<FileHandle[]>;
  showSaveFilePicker?: (options: PickerTypes & { suggestedName: string }) => Promise<FileHandle>;
}
const fsWindow = () => globalThis as unknown as FsAccessWindow;
const JSON_TYPES: PickerTypes = { types: [{ description: 'Trajectory scenario', accept: { 'application/json': ['.json'] } }] };

/** Whether the browser can pick files and write back to them (File System Access API). */
export function hasFileAccess(): boolean {
  return typeof fsWindow().showOpenFilePicker === 'function' && typeof fsWindow().showSaveFilePicker === 'function';
}

// The handle of the file the working scenario was opened from or saved to: a browser object,
// not data, so it lives here and not in the store (it cannot be persisted or undone).
let currentHandle: FileHandle | null = null;
export const fileHandle = () => currentHandle;
export function setFileHandle(handle: FileHandle | null): void {
  currentHandle = handle;
}

/** A user cancelling a picker is not an error. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Shows the system open dialog; null if the user cancels. */
export async function pickFile(): Promise<FileHandle | null> {
  try {
    const [handle] = await fsWindow().showOpenFilePicker!({ ...JSON_TYPES, multiple: false });
    return handle ?? null;
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}

/** Shows the system save dialog; null if the user cancels. */
export async function pickSaveFile(suggestedName: string): Promise<FileHandle | null> {
  try {
    return await fsWindow().showSaveFilePicker!({ ...JSON_TYPES, suggestedName });
  } catch (error) {
    if (isAbort(error)) return null;
    throw error;
  }
}

const fileBlob = (scenario: Scenario) => new Blob([serializeScenario(scenario)], { type: 'application/json' });

/** Writes the scenario into a file the user picked. */
export async function writeToHandle(handle: FileHandle, scenario: Scenario): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(fileBlob(scenario));
  await writable.close();
}

/** A file name from the scenario's name: `CRM baseline 2026-2030` -> `crm-baseline-2026-2030.json`. */
export function fileNameFor(scenario: Scenario): string {
  const slug = scenario.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${slug || 'scenario'}.json`;
}

/** Saves a Blob to the browser's downloads through an <a download> click. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium starts the download asynchronously from the object URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads text as a file (the browser's downloads folder). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Downloads the scenario as a file. */
export function downloadScenario(scenario: Scenario, fileName = fileNameFor(scenario)): void {
  downloadText(serializeScenario(scenario), fileName);
}

/** Reads and parses a file; a read failure is a problem like any other. */
export async function readScenarioFile(file: File): Promise<ParseResult> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ place: 'file', path: [], message: `could not be read (${detail})` }] };
  }
  return parseScenarioText(text);
}
