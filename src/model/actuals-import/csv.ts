import Papa from 'papaparse';
import { readActuals, type ActualsRead, type ReadContext, type ReadOptions, type SourceTable } from './read-actuals';

// CSV text to a table. papaparse handles quoting, line ends, a byte-order mark and finds the
// delimiter (`,`, `;`, tab or `|`) from the text itself, which a European `;` file needs.

const MAX_TEXT = 10_000_000;

/** CSV text as rows of cell texts and the delimiter found; a problem instead for a text too big to be actuals. */
export function csvTable(text: string): { ok: true; table: SourceTable } | { ok: false; message: string } {
  if (text.length > MAX_TEXT) return { ok: false, message: `the file is ${(text.length / 1e6).toFixed(1)} MB: an actuals file is at most ${MAX_TEXT / 1e6} MB` };
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  return { ok: true, table: { rows: parsed.data, delimiter: parsed.meta.delimiter } };
}

/** CSV text straight to actual months: csvTable, then readActuals. */
export function readActualsCsv(text: string, ctx: ReadContext, options?: ReadOptions): ActualsRead {
  const t = csvTable(text);
  if (!t.ok) return { columns: [], asks: [], months: [], problems: [{ row: 0, column: '', message: t.message }], warnings: [], notes: [], granularity: 'month' };
  return readActuals(t.table, ctx, options);
}
