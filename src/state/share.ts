import { sameScenario } from '../model/serialize';
import { decodeShareFragment, encodeShareFragment, isShareFragment } from '../model/share-link';
import type { Scenario } from '../model/types';
import { useStore } from './store';

/** Above this many characters some mail and chat apps cut links: the app warns and offers the file. */
export const LINK_WARN_LENGTH = 2000;

/** The address that opens this scenario in any browser: the app's address with the scenario in the fragment. */
export function shareUrl(scenario: Scenario, href = location.href): string {
  const url = new URL(href);
  url.search = '';
  url.hash = encodeShareFragment(scenario);
  return url.toString();
}

/**
 * Opens a share link's scenario: added to the library and opened, the user's unsaved work kept
 * as an entry first. A damaged link is an error in words, and nothing changes. Returns whether
 * the fragment was a share link at all.
 */
export function openShareFragment(fragment: string): boolean {
  if (!isShareFragment(fragment)) return false;
  const s = useStore.getState();
  const decoded = decodeShareFragment(fragment);
  if (!decoded.ok) {
    if (decoded.problems.length) s.showRefused('the share link', decoded.problems);
    s.notify({ kind: 'error', text: decoded.message });
    return true;
  }
  // The same link opened again (or one for a scenario already kept) opens that entry: one copy.
  const known = s.library.find((e) => sameScenario(e.scenario, decoded.scenario));
  const entry = known ?? s.addEntry(decoded.scenario);
  s.openScenario(entry.scenario, { entryId: entry.id });
  s.notify({ kind: 'success', text: known
    ? `Opened the shared scenario "${decoded.scenario.name}". It was already in your library as "${known.name}".`
    : `Opened the shared scenario "${decoded.scenario.name}". It is now in your library.` });
  // The link has done its work: a reload restores the autosave instead of adding a second copy.
  history.replaceState(history.state, '', location.pathname + location.search);
  return true;
}
