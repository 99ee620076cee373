import { editText, parseTyped } from '../../components/grid/units';
import type { Range } from '../../components/grid/selection';
import type { ActualEdit } from '../../model/actuals-import/merge';
import type { ActualMonth } from '../../model/types';
import { actualValue, type ActualColumn } from './columns';

// What typing, paste, copy and Delete do to the actuals grid, as lists of edits: pure, so the
// grid applies each list as one undo step and the tests check them without a browser.

/** A cell's text as typed: a number in the column's unit, or nothing (clears the cell). */
export function typedActual(text: string, col: ActualColumn): { ok: true; value: number | undefined } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: undefined };
  const t = parseTyped(text, col.unit);
  if (!t.ok) return { ok: false, message: t.message.replace(/, or a formula starting with =/, '') };
  if (typeof t.cell !== 'number') return { ok: false, message: 'an actual figure is a number: formulas are for the assumptions' };
  return { ok: true, value: t.cell };
}

/** Pastes a block of texts from the range's top-left (one value fills the whole range); refuses by name what it cannot read. */
export function pasteActuals(block: string[][], range: Range, cols: readonly ActualColumn[], rowCount: number, monthName: (m: number) => string): { edits: ActualEdit[]; refused: string[]; covered: Range } {
  const single = block.length === 1 && block[0]!.length === 1;
  const height = single ? range.bottom - range.top + 1 : block.length;
  const width = single ? range.right - range.left + 1 : Math.max(...block.map((r) => r.length));
  const edits: ActualEdit[] = [];
  const refused: string[] = [];
  let bottom = range.top;
  let right = range.left;
  for (let i = 0; i < height && range.top + i < rowCount; i++) {
    for (let j = 0; j < width && range.left + j < cols.length; j++) {
      const text = single ? block[0]![0]! : block[i]![j];
      if (text === undefined) continue;
      const col = cols[range.left + j]!;
      const m = range.top + i;
      bottom = Math.max(bottom, m);
      right = Math.max(right, range.left + j);
      const r = typedActual(text, col);
      if (r.ok) edits.push({ m, figure: col.key, value: r.value });
      else refused.push(`${col.label}, ${monthName(m)}: ${r.message}`);
    }
  }
  return { edits, refused, covered: { top: range.top, left: range.left, bottom, right } };
}

/** Delete: every given figure in the range is cleared. */
export function clearActuals(range: Range, cols: readonly ActualColumn[], months: readonly ActualMonth[]): ActualEdit[] {
  const edits: ActualEdit[] = [];
  for (let m = range.top; m <= range.bottom; m++) {
    for (let c = range.left; c <= range.right; c++) {
      if (actualValue(months[m], cols[c]!.key) !== undefined) edits.push({ m, figure: cols[c]!.key, value: undefined });
    }
  }
  return edits;
}

/** The range as tab-separated values in each column's unit (empty where no figure is given). */
export function copyActuals(range: Range, cols: readonly ActualColumn[], months: readonly ActualMonth[]): string[][] {
  const out: string[][] = [];
  for (let m = range.top; m <= range.bottom; m++) {
    const row: string[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const x = actualValue(months[m], cols[c]!.key);
      row.push(x === undefined ? '' : editText(x, cols[c]!.unit));
    }
    out.push(row);
  }
  return out;
}
