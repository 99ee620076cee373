import type { Worksheet } from 'exceljs';
import { outputEntry } from './formats';

// What every sheet of the live workbook shares: a bold header row, frozen panes, print titles.

/** A cached formula cell: the formula (no '=') and the engine's result ('' where undefined). */
export type Cached = number | string;

/** Writes a formula with its cached result, so a viewer that does not recompute shows the figure. */
export function setFormula(sheet: Worksheet, row: number, col: number, formula: string, result: Cached | null): void {
  sheet.getCell(row, col).value = { formula, result: result ?? '' };
}

/** Bold header names in `row`, from column `firstCol`. */
export function writeHeader(sheet: Worksheet, row: number, names: readonly string[], firstCol = 1): void {
  names.forEach((name, k) => { sheet.getCell(row, firstCol + k).value = name; });
  sheet.getRow(row).font = { bold: true };
}

/** Freezes the rows down to `headerRow` and the first `columns` columns; repeats them on every printed page. */
export function freezeAndPrintTitles(sheet: Worksheet, headerRow: number, columns: number): void {
  sheet.views = [{ state: 'frozen', xSplit: columns, ySplit: headerRow }];
  sheet.pageSetup.printTitlesRow = `1:${headerRow}`;
  if (columns > 0) sheet.pageSetup.printTitlesColumn = `A:${String.fromCharCode(64 + columns)}`;
  sheet.pageSetup.orientation = 'landscape';
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = 0;
}

/** Column widths from the header texts, at least `min` characters wide. */
export function fitColumns(sheet: Worksheet, names: readonly string[], firstCol = 1, min = 12): void {
  names.forEach((name, k) => { sheet.getColumn(firstCol + k).width = Math.max(min, name.length + 2); });
}

/** A note on each header cell of a catalogue figure: its label and MODEL.md's formula, for an auditor. */
export function noteHeaders(sheet: Worksheet, row: number, keys: readonly string[], firstCol = 1): void {
  keys.forEach((key, k) => {
    const entry = outputEntry(key);
    if (entry) sheet.getCell(row, firstCol + k).note = `${entry.label}: ${entry.formula}`;
  });
}
