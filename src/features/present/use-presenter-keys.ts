import { useEffect } from 'react';
import { slideAfterKey } from './slides';

// Keys typed into a control belong to it: arrows move a what-if slider, not the slides.
const OWN_KEYS = 'input, select, textarea, [role="slider"], svg[role="img"]';

/** Arrows, Page Up/Down, Home/End move between slides; Escape leaves the presentation. */
export function usePresenterKeys(index: number, count: number, go: (i: number) => void, leave: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const inControl = e.target instanceof Element && e.target.closest(OWN_KEYS) !== null;
      if (e.key === 'Escape') {
        if (e.target instanceof HTMLSelectElement) return;
        e.preventDefault();
        leave();
        return;
      }
      if (inControl) return;
      const next = slideAfterKey(e.key, index, count);
      if (next === null) return;
      e.preventDefault();
      go(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, go, leave]);
}
