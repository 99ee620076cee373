import { csvTable } from '../../model/actuals-import/csv';
import { headerSetKey } from '../../model/actuals-import/mapping';
import type { ReadOptions, SourceTable } from '../../model/actuals-import/read-actuals';
import type { SheetBook } from '../../model/actuals-import/xlsx';
import { recallMapping } from './mapping-memory';

// An import in progress: the file as a table and the planner's answers so far. UI state, kept in
// the view: nothing of it reaches the scenario until the planner accepts.

export interface ImportSession {
  fileName: string;
  table: SourceTable;
  /** For a workbook: its sheets and the one shown. */
  book?: { book: SheetBook; sheet: string };
  options: ReadOptions;
  /** Which header set the mapping is remembered under. */
  headerKey: string;
}

const MAX_BYTES = 10_000_000;

function headersOf(table: SourceTable): string[] {
  const row = table.rows.find((r) => r.some((c) => String(c).trim() !== '')) ?? [];
  return row.map((c) => String(c).trim());
}

/** A session on a table, with the mapping remembered for its headers. */
export function sessionFor(fileName: string, table: SourceTable, book?: ImportSession['book']): ImportSession {
  const headerKey = headerSetKey(headersOf(table));
  return { fileName, table, ...(book && { book }), options: { mapping: recallMapping(headerKey) }, headerKey };
}

/** Opens a dropped or picked file as an import session; a message instead when it cannot be read. */
export async function openImport(file: File): Promise<{ ok: true; session: ImportSession } | { ok: false; message: string }> {
  if (file.size > MAX_BYTES) return { ok: false, message: `"${file.name}" is ${(file.size / 1e6).toFixed(1)} MB: an actuals file is at most ${MAX_BYTES / 1e6} MB` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // An .xlsx is a zip: it starts with PK whatever its name says.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { readWorkbook } = await import('../../model/actuals-import/xlsx');
    const w = await readWorkbook(bytes);
    if (!w.ok) return { ok: false, message: `"${file.name}": ${w.message}` };
    const sheet = w.book.sheets[0]!;
    return { ok: true, session: sessionFor(file.name, w.book.table(sheet), { book: w.book, sheet }) };
  }
  const t = csvTable(new TextDecoder().decode(bytes));
  if (!t.ok) return { ok: false, message: `"${file.name}": ${t.message}` };
  return { ok: true, session: sessionFor(file.name, t.table) };
}

/** The same session showing another sheet of its workbook (the mapping of that sheet's headers). */
export function withSheet(s: ImportSession, sheet: string): ImportSession {
  if (!s.book) return s;
  return sessionFor(s.fileName, s.book.book.table(sheet), { book: s.book.book, sheet });
}
