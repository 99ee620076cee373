import type { KeyValueStore } from './storage';

/**
 * An in-memory stand-in for localStorage, for unit tests (Node has none). `fail` makes every
 * read and write throw that DOMException, e.g. 'QuotaExceededError' or 'SecurityError'.
 */
export function memoryStore(fail: string | null = null): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const guard = () => { if (fail) throw new DOMException('refused', fail); };
  return {
    map,
    get length() { return map.size; },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => { guard(); return map.get(k) ?? null; },
    setItem: (k, v) => { guard(); map.set(k, v); },
    removeItem: (k) => { guard(); map.delete(k); },
  };
}
