import type { Target } from '../../model/actuals-import/headers';
import type { Mapping } from '../../model/actuals-import/mapping';

// The planner's mapping choices, remembered per set of headers (issue 22): the next export from
// the same tool opens with the same matches. A browser that will not store them only forgets.

const PREFIX = 'trajectory:actuals-mapping:';

/** The choices remembered for this set of headers, or none. */
export function recallMapping(headerKey: string): Mapping {
  try {
    const text = localStorage.getItem(PREFIX + headerKey);
    const data: unknown = text ? JSON.parse(text) : null;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter(([, v]) => typeof v === 'string')) as Record<string, Target>;
  } catch {
    return {}; // unreadable storage: the suggestions stand, which is what a first import shows
  }
}

/** Remembers the choices for this set of headers (an empty mapping forgets them). */
export function rememberMapping(headerKey: string, mapping: Mapping): void {
  try {
    if (Object.keys(mapping).length) localStorage.setItem(PREFIX + headerKey, JSON.stringify(mapping));
    else localStorage.removeItem(PREFIX + headerKey);
  } catch {
    // Storage full or disabled: the import itself is done; only the convenience is lost.
  }
}
