import { useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { cellKey } from '../../model/places';
import { previousCell } from '../../state/history';
import { useStore } from '../../state/store';
import type { Move } from '../../components/grid/CellEditor';
import { cellValues, readCell } from './cell-values';
import { parseTsv, toTsv } from '../../components/grid/clipboard';
import { copyTexts, fillRightEdits, pasteEdits, restoreEdits, type Edit } from './grid-edits';
import { cellHandlers } from '../../components/grid/cell-handlers';
import { useCellFocus } from '../../components/grid/use-cell-focus';
import type { Handlers } from '../../components/grid/grid-handlers';
import type { DataRow } from './rows';
import { at, moveBy, navigate, rangeOf, tabFrom, type Selection } from '../../components/grid/selection';
import { editText, parseTyped } from '../../components/grid/units';

export interface Editing {
  row: number;
  col: number;
  text: string;
}

// Within the app, copied cells keep their formulas; other programs get values.
const CELLS_TYPE = 'application/x-trajectory-cells';

const read = (ref: Parameters<typeof readCell>[1]) => readCell(useStore.getState().scenario, ref);
const apply = (edits: Edit[]) => {
  const s = useStore.getState();
  const changed = edits.filter((e) => readCell(s.scenario, e.ref) !== e.cell);
  if (changed.length) s.setCells(changed);
};

/**
 * The grid's behaviour: selection moves, editing, commits (one undo step each), copy, paste,
 * fill right and Delete. Handlers are stable and read the latest state through a ref.
 */
export function useGridController(rows: readonly DataRow[], sel: Selection, setSel: (s: Selection) => void, table: RefObject<HTMLTableElement | null>, year0: number) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const latest = useRef({ rows, sel, editing, year0 });
  useLayoutEffect(() => { latest.current = { rows, sel, editing, year0 }; });
  const { focusWanted, dragging } = useCellFocus(table, sel, editing);

  const handlers = useMemo(() => {
    const go = (next: Selection) => { focusWanted.current = true; setSel(next); };
    const label = (row: number, col: number) => `${latest.current.rows[row]!.label} ${latest.current.year0 + col}`;
    const notify = useStore.getState().notify;
    const startEdit = (row: number, col: number, text?: string) => {
      const r = latest.current.rows[row];
      if (!r) return;
      setEditing({ row, col, text: text ?? editText(read(r.ref(col)), r.unit) });
    };
    const store = (text: string): string | null => {
      const e = latest.current.editing;
      if (!e) return null;
      const r = latest.current.rows[e.row]!;
      const typed = parseTyped(text, r.unit);
      if (!typed.ok) return typed.message;
      apply([{ ref: r.ref(e.col), cell: typed.cell }]);
      return null;
    };
    const after = (e: Editing, move: Move): Selection => {
      const here = at(e.row, e.col);
      const n = latest.current.rows.length;
      if (move === 'down') return moveBy(here, 1, 0, n, false);
      if (move === 'up') return moveBy(here, -1, 0, n, false);
      if (move === 'right' || move === 'left') return tabFrom(here, move === 'left', n) ?? here;
      return here;
    };
    const h: Handlers & { startEdit: typeof startEdit; go: typeof go; label: typeof label } = {
      startEdit,
      go,
      label,
      ...cellHandlers({ latest, dragging, go, setSel, setEditing, startEdit, store, after, notChanged: (e, message) => notify({ kind: 'warning', text: `${label(e.row, e.col)} was not changed: ${message}` }) }),
    };
    return h;
  }, [setSel, focusWanted, dragging]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (latest.current.editing || !(e.target instanceof HTMLTableCellElement)) return;
    const n = rows.length;
    const mod = e.ctrlKey || e.metaKey;
    const k = e.key;
    const to = navigate(sel, k, e.shiftKey, mod, n);
    if (to === 'leave') return; // past the first or last cell, Tab leaves the grid
    let handled = true;
    if (to) handlers.go(to);
    else if (k === 'F2') handlers.startEdit(sel.row, sel.col);
    else if (k === 'Backspace') handlers.startEdit(sel.row, sel.col, '');
    else if (k === 'Delete') restore();
    else if (mod && k.toLowerCase() === 'r') apply(fillRightEdits(rangeOf(sel), rows, read));
    else if (k.length === 1 && !mod && !e.altKey) handlers.startEdit(sel.row, sel.col, k);
    else handled = false; // Ctrl+C/V reach the copy and paste events; Ctrl+Z the app
    if (handled) e.preventDefault();
  };

  const restore = () => {
    const { values, broken } = cellValues(useStore.getState().scenario);
    const edits = restoreEdits(rangeOf(sel), rows, read, values, (ref) => broken.has(cellKey(ref)), previousCell);
    if (edits.length) apply(edits);
    else useStore.getState().notify({ kind: 'info', text: 'Nothing to restore: Delete clears a formula (keeping its value) or brings back a cell\'s value from before its last change.' });
  };

  const onCopy = (e: ClipboardEvent) => {
    if (latest.current.editing) return;
    const { values } = cellValues(useStore.getState().scenario);
    const { plain, cells } = copyTexts(rangeOf(sel), rows, read, values);
    e.clipboardData.setData('text/plain', toTsv(plain));
    e.clipboardData.setData(CELLS_TYPE, toTsv(cells));
    e.preventDefault();
  };

  const onPaste = (e: ClipboardEvent) => {
    if (latest.current.editing) return;
    const text = e.clipboardData.getData(CELLS_TYPE) || e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    const { edits, refused, covered } = pasteEdits(parseTsv(text), rangeOf(sel), rows, year0);
    apply(edits);
    handlers.go({ row: covered.bottom, col: covered.right, anchorRow: covered.top, anchorCol: covered.left });
    if (refused.length) {
      const list = refused.slice(0, 3).map((r) => `${r.label}: ${r.message}`).join('\n');
      useStore.getState().notify({ kind: 'warning', text: `${refused.length} pasted value${refused.length > 1 ? 's were' : ' was'} not used:\n${list}${refused.length > 3 ? '\n…' : ''}` });
    }
  };

  return { editing, handlers, onKeyDown, onCopy, onPaste };
}
