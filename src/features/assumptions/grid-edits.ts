import { isFormula } from '../../model/formula';
import type { Cell, CellRef, ScenarioValues } from '../../model/types';
import { YEARS } from '../../model/types';
import type { DataRow } from './rows';
import type { Range } from '../../components/grid/selection';
import { editText, parseTyped } from '../../components/grid/units';

// What paste, fill right, copy and Delete do to a range, as lists of cell edits: pure, so the
// grid applies each list as one undo step and the tests check them without a browser.

export interface Edit {
  ref: CellRef;
  cell: Cell;
}
export interface Refusal {
  label: string;
  message: string;
}

export type CellReader = (ref: CellRef) => Cell;

/** The value of a cell after formulas: a driver or plan row of resolved values. */
export function valueOf(values: ScenarioValues, ref: CellRef): number {
  return ref.kind === 'driver' ? values.drivers[ref.key][ref.y]! : values.plans[ref.planIndex]![ref.field][ref.y]!;
}

/**
 * Fills cells from a block of pasted texts, starting at the range's top-left; one value pasted
 * over a range fills all of it. Each text is read in its target row's unit; what cannot be read
 * is refused by name, the rest is pasted. Cells past the grid's edge are ignored.
 */
export function pasteEdits(block: string[][], range: Range, rows: readonly DataRow[], year0: number): { edits: Edit[]; refused: Refusal[]; covered: Range } {
  const single = block.length === 1 && block[0]!.length === 1;
  const height = single ? range.bottom - range.top + 1 : block.length;
  const width = single ? range.right - range.left + 1 : Math.max(...block.map((r) => r.length));
  const edits: Edit[] = [];
  const refused: Refusal[] = [];
  let bottom = range.top;
  let right = range.left;
  for (let i = 0; i < height; i++) {
    const row = rows[range.top + i];
    if (!row) break;
    for (let j = 0; j < width; j++) {
      const y = range.left + j;
      const text = single ? block[0]![0]! : block[i]![j];
      if (y >= YEARS || text === undefined) continue;
      const typed = parseTyped(text, row.unit);
      bottom = Math.max(bottom, range.top + i);
      right = Math.max(right, y);
      if (typed.ok) edits.push({ ref: row.ref(y), cell: typed.cell });
      else refused.push({ label: `${row.label} ${year0 + y}`, message: typed.message });
    }
  }
  return { edits, refused, covered: { top: range.top, left: range.left, bottom, right } };
}

/** Copies each row's first cell of the range to its right; a single cell fills to the last year. */
export function fillRightEdits(range: Range, rows: readonly DataRow[], read: CellReader): Edit[] {
  const right = range.left === range.right ? YEARS - 1 : range.right;
  const edits: Edit[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = rows[r]!;
    const source = read(row.ref(range.left));
    for (let y = range.left + 1; y <= right; y++) edits.push({ ref: row.ref(y), cell: source });
  }
  return edits;
}

/**
 * Delete: a formula cell keeps its value as a plain number (the formula is cleared); a number
 * cell, or a formula that cannot be evaluated, gets back the value it held before its latest
 * change, where the history has one.
 */
export function restoreEdits(range: Range, rows: readonly DataRow[], read: CellReader, values: ScenarioValues, broken: (ref: CellRef) => boolean, previous: (ref: CellRef) => Cell | undefined): Edit[] {
  const edits: Edit[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    for (let y = range.left; y <= range.right; y++) {
      const ref = rows[r]!.ref(y);
      const cell = read(ref);
      const next = isFormula(cell) && !broken(ref) ? valueOf(values, ref) : previous(ref);
      if (next !== undefined && next !== cell) edits.push({ ref, cell: next });
    }
  }
  return edits;
}

/**
 * A range as text for the clipboard: `plain` holds values a spreadsheet reads (6.75%, 200000);
 * `cells` keeps formulas verbatim, for pasting back into the grid.
 */
export function copyTexts(range: Range, rows: readonly DataRow[], read: CellReader, values: ScenarioValues): { plain: string[][]; cells: string[][] } {
  const plain: string[][] = [];
  const cells: string[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = rows[r]!;
    const p: string[] = [];
    const c: string[] = [];
    for (let y = range.left; y <= range.right; y++) {
      const ref = row.ref(y);
      const cell = read(ref);
      c.push(editText(cell, row.unit));
      p.push(editText(isFormula(cell) ? valueOf(values, ref) : cell, row.unit));
    }
    plain.push(p);
    cells.push(c);
  }
  return { plain, cells };
}
