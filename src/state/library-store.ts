import { parseScenario } from '../model/parse-scenario';
import type { Scenario } from '../model/types';
import { PREFIX, keysWith, readText, removeKey, setAside, writeText, type WriteResult } from './storage';

// The user's library in local storage: one key per entry, so that one damaged entry is set aside
// on its own and never takes the others with it.

export interface LibraryEntry {
  id: string;
  name: string;
  /** ISO time of the last change. */
  updatedAt: string;
  scenario: Scenario;
  /** Locked as a budget: read-only until unlocked (edits are refused; duplicate it to change a copy). */
  locked?: boolean;
}

const ENTRY = `${PREFIX}library:`;

/**
 * A stored scenario goes through parseScenario like a file. One whose only problems are cell
 * values (an invalid formula mid-edit) is still the user's work and is kept; a wrong shape is damage.
 */
export function acceptStored(value: unknown): Scenario | null {
  const parsed = parseScenario(value);
  if (parsed.ok) return parsed.scenario;
  return parsed.scenario ?? null;
}

/** A fresh id for an entry (time + randomness: ids only need to be unique, not reproducible). */
export function newEntryId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export interface LoadedLibrary {
  entries: LibraryEntry[];
  /** Sentences for the user: entries set aside, storage that cannot be read. */
  problems: string[];
}

/** Reads every entry, newest first; damaged ones are set aside (not deleted) and reported. */
export function loadLibrary(): LoadedLibrary {
  const listed = keysWith(ENTRY);
  if (!listed.ok) return { entries: [], problems: [listed.message] };
  const entries: LibraryEntry[] = [];
  const problems: string[] = [];
  for (const key of listed.keys) {
    const read = readText(key, 'reading the library');
    if (!read.ok) { problems.push(read.message); continue; }
    if (read.text === null) continue;
    const entry = decodeEntry(key.slice(ENTRY.length), read.text);
    if (typeof entry !== 'string') { entries.push(entry); continue; }
    const moved = setAside(key, read.text);
    problems.push(moved.ok
      ? `A library entry could not be read (${entry}). It was set aside, not deleted: it is kept in this browser's storage as "${moved.key}".`
      : `A library entry could not be read (${entry}), and setting it aside failed too: ${moved.message}`);
  }
  entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { entries, problems };
}

/** An entry from its stored text, or why it cannot be read. */
function decodeEntry(id: string, text: string): LibraryEntry | string {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    return `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (record === null || typeof record !== 'object') return 'it is not a library record';
  const { updatedAt, scenario, locked } = record as { updatedAt?: unknown; scenario?: unknown; locked?: unknown };
  const accepted = acceptStored(scenario);
  if (!accepted) return 'its scenario does not have the shape of a scenario file';
  if (typeof updatedAt !== 'string') return 'it has no date of last change';
  return { id, name: accepted.name, updatedAt, scenario: accepted, ...(locked === true ? { locked: true } : {}) };
}

/** Writes (creates or replaces) an entry. */
export function storeEntry(entry: LibraryEntry): WriteResult {
  return writeText(ENTRY + entry.id, JSON.stringify({ updatedAt: entry.updatedAt, scenario: entry.scenario, ...(entry.locked ? { locked: true } : {}) }), `saving "${entry.name}" to the library`);
}

/** Deletes an entry. */
export function deleteStoredEntry(id: string): WriteResult {
  return removeKey(ENTRY + id, 'deleting from the library');
}
