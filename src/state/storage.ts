// A safe door to the browser's local storage. Storage can be full, switched off (private modes,
// policies: then even reading `localStorage` throws) or hold data damaged by a bug or by hand;
// each case comes back as a typed result with words for the user, never as an exception in React.

export const PREFIX = 'trajectory:';
const ASIDE = `${PREFIX}set-aside:`;

export type StorageFailure = { ok: false; reason: 'full' | 'disabled' | 'failed'; message: string };
export type WriteResult = { ok: true } | StorageFailure;
export type ReadResult = { ok: true; text: string | null } | StorageFailure;

/** The Storage interface this module needs: localStorage, or a stand-in in unit tests. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

let override: KeyValueStore | null = null;
/** Points the module at another store (unit tests); `null` restores localStorage. */
export function setBackingStore(store: KeyValueStore | null): void {
  override = store;
}

function isQuota(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}

function failure(error: unknown, doing: string): StorageFailure {
  if (isQuota(error)) {
    return { ok: false, reason: 'full', message: `The browser's storage for this site is full, so ${doing} failed. Your work is kept in this tab: download a copy, or delete scenarios you no longer need from the library.` };
  }
  if (error instanceof DOMException && error.name === 'SecurityError') {
    return { ok: false, reason: 'disabled', message: `This browser does not let the app store data (site data is switched off or blocked), so ${doing} failed. Your work is kept in this tab only: download a copy before closing it.` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: 'failed', message: `The browser's storage refused ${doing} (${detail}). Your work is kept in this tab: download a copy.` };
}

function store(): KeyValueStore {
  if (override) return override;
  // Reading the property itself throws a SecurityError when storage is disabled.
  const s = globalThis.localStorage as KeyValueStore | undefined;
  if (!s) throw new DOMException('localStorage is not available', 'SecurityError');
  return s;
}

/** Reads a key; `text` is null when the key is absent. */
export function readText(key: string, doing = 'reading saved work'): ReadResult {
  try {
    return { ok: true, text: store().getItem(key) };
  } catch (error) {
    return failure(error, doing);
  }
}

/** Writes a key. */
export function writeText(key: string, text: string, doing = 'saving'): WriteResult {
  try {
    store().setItem(key, text);
    return { ok: true };
  } catch (error) {
    return failure(error, doing);
  }
}

/** Removes a key. */
export function removeKey(key: string, doing = 'deleting'): WriteResult {
  try {
    store().removeItem(key);
    return { ok: true };
  } catch (error) {
    return failure(error, doing);
  }
}

/** Every key that starts with a prefix. */
export function keysWith(prefix: string): { ok: true; keys: string[] } | StorageFailure {
  try {
    const s = store();
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k !== null && k.startsWith(prefix)) keys.push(k);
    }
    return { ok: true, keys };
  } catch (error) {
    return failure(error, 'listing saved scenarios');
  }
}

/**
 * Moves a damaged entry out of the way under `trajectory:set-aside:<key>:<time>` instead of
 * deleting it: the user (or support) can still recover it. Returns the new key.
 */
export function setAside(key: string, text: string, now = new Date()): { ok: true; key: string } | StorageFailure {
  const aside = `${ASIDE}${key.slice(PREFIX.length)}:${now.toISOString()}`;
  const written = writeText(aside, text, 'setting aside a damaged entry');
  if (!written.ok) return written;
  const removed = removeKey(key, 'setting aside a damaged entry');
  if (!removed.ok) return removed;
  return { ok: true, key: aside };
}
