import type { CellValue, Workbook } from 'exceljs';
import type { SourceTable } from './read-actuals';

// A spreadsheet's sheet to a table, read with exceljs (loaded only when a workbook is opened).
// Numbers stay numbers, so no decimal mark is guessed; dates become YYYY-MM-DD text.

async function newWorkbook(): Promise<Workbook> {
  const mod = await import('exceljs');
  // exceljs is CommonJS: depending on the bundler its classes are named exports or on `default`.
  const W = mod.Workbook ?? (mod as unknown as { default: typeof mod }).default.Workbook;
  return new W();
}

function plain(v: CellValue): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if ('result' in v) return plain(v.result as CellValue); // a formula: its last computed value
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return String(v.text); // a hyperlink
  if ('error' in v) return String(v.error);
  return '';
}

export interface SheetBook {
  sheets: string[];
  /** The named sheet (the first when none is named) as a table. */
  table: (sheet?: string) => SourceTable;
}

/** Opens .xlsx bytes; a message instead when they are not a workbook exceljs can read. */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<{ ok: true; book: SheetBook } | { ok: false; message: string }> {
  const book = await newWorkbook();
  try {
    await book.xlsx.load(data as ArrayBuffer);
  } catch (error) {
    return { ok: false, message: `the file is not an .xlsx workbook that can be read (${error instanceof Error ? error.message : String(error)}); save it as .xlsx or CSV` };
  }
  const sheets = book.worksheets.map((w) => w.name);
  if (sheets.length === 0) return { ok: false, message: 'the workbook has no sheets' };
  return {
    ok: true,
    book: {
      sheets,
      table: (name) => {
        const sheet = (name ? book.getWorksheet(name) : undefined) ?? book.worksheets[0]!;
        const rows: (string | number)[][] = [];
        sheet.eachRow({ includeEmpty: true }, (row, n) => {
          const cells: (string | number)[] = [];
          for (let c = 1; c <= row.cellCount; c++) cells.push(plain(row.getCell(c).value));
          rows[n - 1] = cells;
        });
        return { rows: Array.from(rows, (r) => r ?? []) };
      },
    },
  };
}
