import { toMonths, type RowValues } from './aggregate';
import type { ActualFigure, ActualMonth } from './contract';
import { dateText, type DateOrder, type DateParts } from './dates';
import { dateIn, decideDateOrder, decideDecimalMark, type Ask } from './detect';
import { LOSSES, normalHeader, type PlanNames } from './headers';
import { matchColumns, type ColumnMatch, type Mapping } from './mapping';
import { readAmount, type DecimalMark } from './numbers';

// The actuals reader (issues 17 and 22): a table of cells (from CSV text or a sheet) to actual
// months, with every problem named by row and column. Pure: the preview, the CLI and the tests
// call it alike, and it never throws on any input.

/** A table as read from a file: rows of cells, a spreadsheet's numbers kept as numbers. */
export interface SourceTable {
  rows: (string | number)[][];
  /** The CSV delimiter, a hint for the decimal mark; none for a spreadsheet. */
  delimiter?: string;
}

export interface ReadContext {
  startYear: number;
  plans: readonly PlanNames[];
}

/** The planner's answers: the mapping's choices and the questions asked before. */
export interface ReadOptions {
  mapping?: Mapping;
  decimalMark?: DecimalMark;
  dateOrder?: DateOrder;
}

/** A problem in the file: `row 7, visitors: 'n/a' is not a number` (row 0: the whole file). */
export interface ReadProblem {
  row: number;
  column: string;
  message: string;
}

export interface ActualsRead {
  columns: (ColumnMatch & { samples: string[] })[];
  /** Questions still open; while any is, `months` is empty. */
  asks: Ask[];
  months: ActualMonth[];
  problems: ReadProblem[];
  /** Months that lack some of their daily or weekly rows. */
  warnings: string[];
  /** What the reader did: rows summed into months, projected rows left out. */
  notes: string[];
  granularity: 'month' | 'week' | 'day';
}

const SAMPLES = 3;
const cellText = (c: string | number | undefined) => (c === undefined ? '' : typeof c === 'number' ? String(c) : c.trim());

/** Formats a problem as one line: `row 7, visitors: 'n/a' is not a number`. */
export function problemText(p: ReadProblem): string {
  return p.row > 0 ? `row ${p.row}, ${p.column}: ${p.message}` : `${p.column ? `${p.column}: ` : ''}${p.message}`;
}

/** Reads a table into actual months (MODEL.md, "Actuals"), asking what the values leave open. */
export function readActuals(table: SourceTable, ctx: ReadContext, options: ReadOptions = {}): ActualsRead {
  const out: ActualsRead = { columns: [], asks: [], months: [], problems: [], warnings: [], notes: [], granularity: 'month' };
  const headerAt = table.rows.findIndex((r) => r.some((c) => cellText(c) !== ''));
  if (headerAt < 0) return { ...out, problems: [{ row: 0, column: '', message: 'the file is empty: it needs a header row and one row per month' }] };
  const headers = table.rows[headerAt]!.map(cellText);
  const { columns, conflicts } = matchColumns(headers, ctx.plans, options.mapping);
  out.problems.push(...conflicts.map((message) => ({ row: 0, column: '', message })));
  let body = table.rows.slice(headerAt + 1).map((cells, i) => ({ row: headerAt + i + 2, cells })).filter((r) => r.cells.some((c) => cellText(c) !== ''));

  // The app's own forecast CSV: months after the last actual one are projections, not actuals.
  const actual = headers.findIndex((h) => normalHeader(h) === 'actual');
  if (actual >= 0) {
    const kept = body.filter((r) => !/^(false|0|no)$/i.test(cellText(r.cells[actual])));
    if (kept.length < body.length) out.notes.push(`${body.length - kept.length} projected rows (actual = false) left out`);
    body = kept;
  }

  const monthCol = columns.find((c) => c.target === 'month');
  const figureCols = columns.filter((c) => c.target !== 'month' && c.target !== 'skip');
  const withSamples = (sample: (c: ColumnMatch, cell: string | number | undefined) => string) =>
    columns.map((c) => ({ ...c, samples: body.slice(0, SAMPLES).map((r) => sample(c, r.cells[c.index])) }));
  if (!monthCol) {
    out.problems.push({ row: 0, column: '', message: 'no column gives the month: map the date or month column to "month"' });
    return { ...out, columns: withSamples((_, cell) => cellText(cell)) };
  }

  // The month: the app's CSV counts months 0..59 beside a `year` column; everything else is a date.
  const yearCol = headers.findIndex((h) => normalHeader(h) === 'year');
  const monthTexts = body.map((r) => cellText(r.cells[monthCol.index]));
  const indexed = yearCol >= 0 && monthTexts.length > 0 && monthTexts.every((t) => /^\d{1,2}$/.test(t));
  const order = indexed ? null : options.dateOrder ?? decideDateOrder(monthTexts);
  if (order !== null && typeof order === 'object') out.asks.push(order);
  const numberTexts = body.flatMap((r) => figureCols.map((c) => r.cells[c.index]).filter((c): c is string => typeof c === 'string' && c.trim() !== ''));
  const mark = options.decimalMark ?? decideDecimalMark(numberTexts, table.delimiter);
  if (typeof mark === 'object') out.asks.push(mark);
  if (out.asks.length) return { ...out, columns: withSamples((_, cell) => cellText(cell)) };
  const dateOrder = order as DateOrder | null;
  const decimal = mark as DecimalMark;

  const dateOf = (r: (typeof body)[number]): DateParts | string => {
    const t = cellText(r.cells[monthCol.index]);
    if (!indexed) return t === '' ? 'the date is empty' : dateIn(t, dateOrder);
    const y = Number(cellText(r.cells[yearCol]));
    return Number.isInteger(y) ? { y, m: (Number(t) % 12) + 1, d: null } : `'${cellText(r.cells[yearCol])}' is not a year`;
  };
  const numberOf = (cell: string | number | undefined, c: ColumnMatch): number | string | null => {
    if (typeof cell === 'number') return Number.isFinite(cell) ? cell : `'${cell}' is not a number`;
    const a = readAmount(cellText(cell), decimal);
    if (a.kind === 'empty') return null;
    if (a.kind === 'bad') return a.message;
    if (a.percent && c.target !== 'nrr') return `'${cellText(cell)}' is a percentage, but ${c.target} is not a rate`;
    return a.value;
  };

  // Loss columns written as negative amounts (every value <= 0) are read as the amounts lost.
  const flipped = new Set<number>();
  for (const c of figureCols) {
    if (!LOSSES.has(c.target as ActualFigure)) continue;
    const xs = body.map((r) => numberOf(r.cells[c.index], c)).filter((x): x is number => typeof x === 'number');
    if (xs.some((x) => x < 0) && xs.every((x) => x <= 0)) {
      flipped.add(c.index);
      out.notes.push(`'${c.header}' is written as negative amounts: read as the ${c.target} lost`);
    }
  }

  const rows: RowValues[] = [];
  for (const r of body) {
    const date = dateOf(r);
    if (typeof date === 'string') { out.problems.push({ row: r.row, column: monthCol.header, message: date }); continue; }
    const values = new Map<string, number>();
    for (const c of figureCols) {
      const x = numberOf(r.cells[c.index], c);
      if (x === null) continue;
      if (typeof x === 'string') { out.problems.push({ row: r.row, column: c.header, message: x }); continue; }
      values.set(c.target, (values.get(c.target) ?? 0) + (flipped.has(c.index) ? 0 - x : x));
    }
    rows.push({ row: r.row, date, values });
  }
  out.columns = columns.map((c) => ({ ...c, samples: body.slice(0, SAMPLES).map((r) => sampleOf(c, r.cells[c.index], dateOf(r), numberOf(r.cells[c.index], c), flipped.has(c.index))) }));

  const agg = toMonths(rows);
  out.granularity = agg.granularity;
  out.warnings = agg.warnings;
  out.problems.push(...agg.problems.map((p) => ({ ...p, column: monthCol.header })));
  if (agg.granularity !== 'month') out.notes.push(`${agg.granularity === 'day' ? 'daily' : 'weekly'} rows: flows are added up into months, balances (customers, mrr, cash, nrr) are each month's last row`);
  for (const mv of agg.months) {
    const m = (mv.y - ctx.startYear) * 12 + mv.m - 1;
    const month = dateText({ y: mv.y, m: mv.m, d: null });
    if (m < 0 || m >= 60) {
      out.problems.push({ row: mv.rows[0]!, column: monthCol.header, message: `${month} is outside the projection ${ctx.startYear}-01..${ctx.startYear + 4}-12` });
      continue;
    }
    const entry: ActualMonth = { month };
    for (const [k, x] of mv.values) {
      if (k.startsWith('customers_')) (entry.customersByPlan ??= {})[k.slice('customers_'.length)] = x;
      else entry[k as ActualFigure] = x;
    }
    out.months.push(entry);
  }
  return out;
}

function sampleOf(c: ColumnMatch, cell: string | number | undefined, date: DateParts | string, x: number | string | null, flip: boolean): string {
  if (c.target === 'skip') return cellText(cell);
  if (c.target === 'month') return typeof date === 'string' ? `? ${cellText(cell)}` : dateText(date);
  if (x === null) return '';
  return typeof x === 'string' ? `? ${cellText(cell)}` : String(flip ? 0 - x : x);
}
