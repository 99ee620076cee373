// Shared by the workbook tests (not shipped: only *.test.ts files import it). Reads a written
// workbook back, recomputes it, and compares every figure with the engine's.
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';
import { project } from '../engine';
import { projectionOutput, type ProjectionOutput } from '../output';
import { parseScenario } from '../parse-scenario';
import type { Scenario } from '../types';
import { fillModelWorkbook } from './build';

/** A recomputed sheet: its rows of values, row 0 the header; '' is an empty or "" cell. */
export type Table = (number | string | boolean)[][];

/** The scenario's engine output and its workbook as an xlsx file. */
export async function exportScenario(scenario: Scenario): Promise<{ output: ProjectionOutput; xlsx: Uint8Array; scenario: Scenario; book: ExcelJS.Workbook }> {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  const projection = project(parsed.values);
  const book = new ExcelJS.Workbook();
  fillModelWorkbook(book, { scenario: parsed.scenario, values: parsed.values, projection });
  const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
  return { output: projectionOutput(parsed.scenario, parsed.values, projection), xlsx, scenario: parsed.scenario, book };
}

/** The engine output of a scenario (which must be valid). */
export function engineOutput(scenario: Scenario): ProjectionOutput {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  return projectionOutput(parsed.scenario, parsed.values, project(parsed.values));
}

export async function loadXlsx(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  return book;
}

/** An assumption cell change: the row's key (column B of Assumptions) and the year index. */
export interface CellChange { key: string; y: number; value: number }

/** The Assumptions cell of a row key and year index (1-based row and column). */
export function assumptionCell(book: ExcelJS.Workbook, key: string, y: number): { row: number; col: number } {
  const sheet = book.getWorksheet('Assumptions')!;
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.getCell(row, 2).value === key) return { row, col: 3 + y };
  }
  throw new Error(`no Assumptions row ${key}`);
}

/** The same change made to the scenario file: the cell becomes that number. */
export function changeScenario(scenario: Scenario, change: CellChange): Scenario {
  const s = structuredClone(scenario);
  if (change.key === 'startingCash') s.startingCash = change.value;
  else if (change.key in s.drivers) s.drivers[change.key as keyof Scenario['drivers']][change.y] = change.value;
  else {
    const cut = change.key.indexOf('_');
    const plan = s.plans.find((p) => p.id === change.key.slice(cut + 1))!;
    const field = change.key.slice(0, cut);
    if (field === 'initialCustomers') plan.initialCustomers = change.value;
    else (plan[field] as (number | string)[])[change.y] = change.value;
  }
  return s;
}

/** Excel's serial day number of a date (1900 system). */
const serial = (d: Date) => 25569 + d.getTime() / 86_400_000;

/** The workbook's cells as HyperFormula's input: formulas with '=', text marked as text. */
function sheetsOf(book: ExcelJS.Workbook): Record<string, (string | number | boolean | null)[][]> {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  book.eachSheet((sheet) => {
    const rows: (string | number | boolean | null)[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        let raw: string | number | boolean | null = null;
        if (v === null || v === undefined) raw = null;
        else if (typeof v === 'number' || typeof v === 'boolean') raw = v;
        else if (typeof v === 'string') raw = v === '' ? null : `'${v}`;
        else if (v instanceof Date) raw = serial(v);
        else if (typeof v === 'object' && 'formula' in v) raw = `=${v.formula}`;
        else throw new Error(`${sheet.name}!${cell.address}: a value the tests do not read (${JSON.stringify(v)})`);
        cells[c - 1] = raw;
      });
      rows[r - 1] = Array.from(cells, (x) => x ?? null);
    });
    sheets[sheet.name] = Array.from(rows, (x) => x ?? []);
  });
  return sheets;
}

/** The workbook recomputed by HyperFormula: a function from sheet name to its values. */
export function recompute(book: ExcelJS.Workbook): { tables: () => Record<string, Table>; set: (sheet: string, row: number, col: number, value: number) => void } {
  const hf = HyperFormula.buildFromSheets(sheetsOf(book), { licenseKey: 'gpl-v3', smartRounding: false });
  return {
    tables: () => {
      const out: Record<string, Table> = {};
      for (const name of hf.getSheetNames()) {
        out[name] = hf.getSheetValues(hf.getSheetId(name)!).map((row, r) => row.map((v, c) => {
          if (v === null) return '';
          if (typeof v === 'object') throw new Error(`${name}!R${r + 1}C${c + 1}: ${v.value} (${v.message}) in ${hf.getCellFormula({ sheet: hf.getSheetId(name)!, row: r, col: c })}`);
          return v;
        }));
      }
      return out;
    },
    set: (sheet, row, col, value) => { hf.setCellContents({ sheet: hf.getSheetId(sheet)!, row: row - 1, col: col - 1 }, value); },
  };
}

/** Every formula cell whose cached result differs from the recomputed value. */
export function staleCaches(book: ExcelJS.Workbook, tables: Record<string, Table>): string[] {
  const out: string[] = [];
  book.eachSheet((sheet) => {
    sheet.eachRow((row, r) => row.eachCell((cell, c) => {
      const v = cell.value;
      if (v === null || typeof v !== 'object' || !('formula' in v)) return;
      const now = tables[sheet.name]![r - 1]![c - 1];
      const cached = cell.result ?? '';
      // Within 1e-9 relative, or 1e-9 absolute near 0 (a variance difference of two equal
      // figures is 0 in one order of additions and 1e-14 in another); a stale cache is far off.
      const ok = typeof now === 'number' && typeof cached === 'number'
        ? Math.abs(now - cached) <= 1e-9 * Math.max(Math.abs(now), Math.abs(cached), 1)
        : now === cached;
      if (!ok) out.push(`${sheet.name}!${cell.address}: cached ${JSON.stringify(cached)}, recomputed ${JSON.stringify(now)}`);
    }));
  });
  return out;
}
