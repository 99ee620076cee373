import { useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { parseTsv, toTsv } from '../../components/grid/clipboard';
import type { Move } from '../../components/grid/CellEditor';
import { cellHandlers } from '../../components/grid/cell-handlers';
import { useCellFocus } from '../../components/grid/use-cell-focus';
import type { Handlers } from '../../components/grid/grid-handlers';
import { at, moveBy, navigate, rangeOf, tabFrom, type Selection } from '../../components/grid/selection';
import { editText } from '../../components/grid/units';
import { monthLabel } from '../../components/format';
import type { ActualEdit } from '../../model/actuals-import/merge';
import { useStore } from '../../state/store';
import { actualValue, type ActualColumn } from './columns';
import { clearActuals, copyActuals, pasteActuals, typedActual } from './grid-edits';

export interface Editing {
  row: number;
  col: number;
  text: string;
}

const months = () => useStore.getState().scenario.actuals ?? [];
const apply = (edits: ActualEdit[]) => { if (edits.length) useStore.getState().setActualFigures(edits); };

/**
 * The actuals grid's behaviour, as the assumptions grid's: selection moves, editing, commits (one
 * undo step each), copy, paste and Delete. Handlers are stable and read the latest props through a ref.
 */
export function useActualsGrid(rowCount: number, cols: readonly ActualColumn[], sel: Selection, setSel: (s: Selection) => void, table: RefObject<HTMLTableElement | null>, startYear: number) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const latest = useRef({ rowCount, cols, sel, editing, startYear });
  useLayoutEffect(() => { latest.current = { rowCount, cols, sel, editing, startYear }; });
  const { focusWanted, dragging } = useCellFocus(table, sel, editing);

  const handlers = useMemo(() => {
    const go = (next: Selection) => { focusWanted.current = true; setSel(next); };
    const label = (row: number, col: number) => `${latest.current.cols[col]!.label}, ${monthLabel(row, latest.current.startYear)}`;
    const startEdit = (row: number, col: number, text?: string) => {
      const c = latest.current.cols[col];
      if (!c) return;
      const x = actualValue(months()[row], c.key);
      setEditing({ row, col, text: text ?? (x === undefined ? '' : editText(x, c.unit)) });
    };
    const store = (text: string): string | null => {
      const e = latest.current.editing;
      if (!e) return null;
      const c = latest.current.cols[e.col]!;
      const r = typedActual(text, c);
      if (!r.ok) return r.message;
      if (actualValue(months()[e.row], c.key) !== r.value) apply([{ m: e.row, figure: c.key, value: r.value }]);
      return null;
    };
    const after = (e: Editing, move: Move): Selection => {
      const here = at(e.row, e.col);
      const { rowCount: n, cols: cs } = latest.current;
      if (move === 'down' || move === 'up') return moveBy(here, move === 'down' ? 1 : -1, 0, n, false, cs.length);
      if (move === 'right' || move === 'left') return tabFrom(here, move === 'left', n, cs.length) ?? here;
      return here;
    };
    const h: Handlers & { startEdit: typeof startEdit; go: typeof go } = {
      startEdit,
      go,
      ...cellHandlers({ latest, dragging, go, setSel, setEditing, startEdit, store, after, notChanged: (e, message) => useStore.getState().notify({ kind: 'warning', text: `${label(e.row, e.col)} was not changed: ${message}` }) }),
    };
    return h;
  }, [setSel, focusWanted, dragging]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (latest.current.editing || !(e.target instanceof HTMLTableCellElement)) return;
    const n = rowCount;
    const w = cols.length;
    const mod = e.ctrlKey || e.metaKey;
    const k = e.key;
    const to = navigate(sel, k, e.shiftKey, mod, n, w);
    if (to === 'leave') return; // past the first or last cell, Tab leaves the grid
    let handled = true;
    if (to) handlers.go(to);
    else if (k === 'F2') handlers.startEdit(sel.row, sel.col);
    else if (k === 'Backspace') handlers.startEdit(sel.row, sel.col, '');
    else if (k === 'Delete') apply(clearActuals(rangeOf(sel), cols, months()));
    else if (k.length === 1 && !mod && !e.altKey) handlers.startEdit(sel.row, sel.col, k);
    else handled = false;
    if (handled) e.preventDefault();
  };

  const onCopy = (e: ClipboardEvent) => {
    if (latest.current.editing) return;
    e.clipboardData.setData('text/plain', toTsv(copyActuals(rangeOf(sel), cols, months())));
    e.preventDefault();
  };

  const onPaste = (e: ClipboardEvent) => {
    if (latest.current.editing) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    const { edits, refused, covered } = pasteActuals(parseTsv(text), rangeOf(sel), cols, rowCount, (m) => monthLabel(m, startYear));
    apply(edits);
    handlers.go({ row: covered.bottom, col: covered.right, anchorRow: covered.top, anchorCol: covered.left });
    if (refused.length) {
      useStore.getState().notify({ kind: 'warning', text: `${refused.length} pasted value${refused.length > 1 ? 's were' : ' was'} not used:\n${refused.slice(0, 3).join('\n')}${refused.length > 3 ? '\n…' : ''}` });
    }
  };

  return { editing, handlers, onKeyDown, onCopy, onPaste };
}
