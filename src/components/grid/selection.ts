import { YEARS } from '../../model/types';

/** The active cell (row, col) and the anchor of a range selection; a single cell has both equal. */
export interface Selection {
  row: number;
  col: number;
  anchorRow: number;
  anchorCol: number;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const at = (row: number, col: number): Selection => ({ row, col, anchorRow: row, anchorCol: col });

export function rangeOf(s: Selection): Range {
  return { top: Math.min(s.row, s.anchorRow), bottom: Math.max(s.row, s.anchorRow), left: Math.min(s.col, s.anchorCol), right: Math.max(s.col, s.anchorCol) };
}

export const inRange = (r: Range, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** Moves the active cell by (dr, dc), clamped to the grid; with `extend` the anchor stays. */
export function moveBy(s: Selection, dr: number, dc: number, rowCount: number, extend: boolean, colCount = YEARS): Selection {
  const row = clamp(s.row + dr, 0, rowCount - 1);
  const col = clamp(s.col + dc, 0, colCount - 1);
  return extend ? { ...s, row, col } : at(row, col);
}

/** Tab order: right along the row, then the next row's first column; null past either end. Columns: the years unless told. */
export function tabFrom(s: Selection, back: boolean, rowCount: number, colCount = YEARS): Selection | null {
  const i = s.row * colCount + s.col + (back ? -1 : 1);
  if (i < 0 || i >= rowCount * colCount) return null;
  return at(Math.floor(i / colCount), i % colCount);
}

/** Keeps a selection inside a grid that lost rows (a plan was removed). */
export function clampSelection(s: Selection, rowCount: number): Selection {
  const last = rowCount - 1;
  if (s.row <= last && s.anchorRow <= last) return s;
  return { ...s, row: Math.min(s.row, last), anchorRow: Math.min(s.anchorRow, last) };
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Where a navigation key takes the selection in a grid of `rows` x `cols`, as in a spreadsheet:
 * arrows (Ctrl or Cmd to the edge, Shift extends the range), Tab and Shift-Tab along the rows,
 * Enter and Shift-Enter down and up, Home and End along the row (with Ctrl, the grid's first and
 * last cells), Escape back to one cell, Ctrl+A all. 'leave' for a Tab past either end (focus leaves
 * the grid); null for a key that does not navigate.
 */
export function navigate(sel: Selection, key: string, shift: boolean, mod: boolean, rows: number, cols = YEARS): Selection | 'leave' | null {
  const arrow = ARROWS[key];
  if (arrow) {
    const far = mod ? rows + cols : 1;
    return moveBy(sel, arrow[0] * far, arrow[1] * far, rows, shift, cols);
  }
  switch (key) {
    case 'Tab': return tabFrom(at(sel.row, sel.col), shift, rows, cols) ?? 'leave';
    case 'Enter': return moveBy(at(sel.row, sel.col), shift ? -1 : 1, 0, rows, false, cols);
    case 'Home': return mod ? at(0, 0) : moveBy(sel, 0, -cols, rows, shift, cols);
    case 'End': return mod ? at(rows - 1, cols - 1) : moveBy(sel, 0, cols, rows, shift, cols);
    case 'Escape': return at(sel.row, sel.col);
  }
  if (mod && key.toLowerCase() === 'a') return { row: rows - 1, col: cols - 1, anchorRow: 0, anchorCol: 0 };
  return null;
}
