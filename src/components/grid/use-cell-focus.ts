import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Selection } from './selection';

/**
 * What both spreadsheet grids need between renders: keyboard and mouse moves focus the active cell
 * once it has rendered (`focusWanted`, set by a move; a problem's "Show" focuses a cell itself), and
 * a drag selection ends wherever the mouse button is released (`dragging`).
 */
export function useCellFocus(table: RefObject<HTMLTableElement | null>, sel: Selection, editing: unknown) {
  const focusWanted = useRef(false);
  const dragging = useRef(false);

  useLayoutEffect(() => {
    if (!focusWanted.current || editing) return;
    focusWanted.current = false;
    table.current?.querySelector<HTMLElement>(`td[data-row="${sel.row}"][data-col="${sel.col}"]`)?.focus();
  }, [sel, editing, table]);

  useEffect(() => {
    const up = () => { dragging.current = false; };
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  return { focusWanted, dragging };
}
