import { readFileSync } from 'node:fs';
import { readActualsCsv } from '../model/actuals-import/csv';
import type { DateOrder } from '../model/actuals-import/dates';
import { parseTarget, type Target } from '../model/actuals-import/headers';
import type { DecimalMark } from '../model/actuals-import/numbers';
import { problemText, readActuals, type ActualsRead, type ReadContext } from '../model/actuals-import/read-actuals';
import { readWorkbook } from '../model/actuals-import/xlsx';
import { parseScenario, parseScenarioText, type ParseResult } from '../model/parse-scenario';

// The CLI's `--actuals FILE.csv|FILE.xlsx` (MODEL.md, "Headless output"; issue 22): the file's
// actual months replace the scenario's own, read by the same reader as the app's import and then
// checked by the one parseScenario. `--map 'Header=figure,...'` maps headers the reader cannot
// match; `--sheet NAME`, `--decimal-mark , | .` and `--date-order dmy | mdy` answer the rest.

export interface ActualsOptions {
  file: string;
  map?: string;
  sheet?: string;
  decimalMark?: DecimalMark;
  dateOrder?: DateOrder;
}

const VALUED = ['--actuals', '--map', '--sheet', '--decimal-mark', '--date-order'] as const;

/** Takes the actuals options (each followed by its value) out of argv; the rest is left for the usual flags. */
export function takeActualsOptions(argv: readonly string[]): { rest: string[]; actuals?: ActualsOptions; error?: string } {
  const rest: string[] = [];
  const got: Partial<Record<(typeof VALUED)[number], string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = VALUED.find((v) => a === v || a.startsWith(`${v}=`));
    if (!name) { rest.push(a); continue; }
    const value = a.includes('=') ? a.slice(name.length + 1) : argv[++i];
    if (value === undefined) return { rest, error: `${name} needs a value` };
    got[name] = value;
  }
  if (!got['--actuals']) {
    const stray = VALUED.filter((v) => v !== '--actuals' && got[v] !== undefined);
    return stray.length ? { rest, error: `${stray.join(', ')} only go with --actuals FILE` } : { rest };
  }
  const mark = got['--decimal-mark'];
  if (mark !== undefined && mark !== ',' && mark !== '.') return { rest, error: "--decimal-mark is ',' or '.'" };
  const order = got['--date-order'];
  if (order !== undefined && order !== 'dmy' && order !== 'mdy') return { rest, error: '--date-order is dmy (day first) or mdy (month first)' };
  const actuals: ActualsOptions = { file: got['--actuals'] };
  if (got['--map'] !== undefined) actuals.map = got['--map'];
  if (got['--sheet'] !== undefined) actuals.sheet = got['--sheet'];
  if (mark) actuals.decimalMark = mark;
  if (order) actuals.dateOrder = order;
  return { rest, actuals };
}

const fail = (place: string, message: string): ParseResult => ({ ok: false, problems: [{ place, message, path: [] }] });

function contextOf(doc: Record<string, unknown>): ReadContext {
  const plans = Array.isArray(doc.plans) ? doc.plans : [];
  return {
    startYear: typeof doc.startYear === 'number' ? doc.startYear : 2026,
    plans: plans.map((p: { id?: unknown; name?: unknown }) => ({ id: String(p?.id ?? ''), name: String(p?.name ?? p?.id ?? '') })),
  };
}

/** The scenario JSON text with its actuals replaced by the file's, through parseScenario. */
export async function parseWithActuals(scenarioText: string, opts: ActualsOptions): Promise<ParseResult> {
  let doc: unknown;
  try {
    doc = JSON.parse(scenarioText);
  } catch {
    return parseScenarioText(scenarioText); // its message names the syntax error
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return parseScenario(doc);
  const ctx = contextOf(doc as Record<string, unknown>);
  const mapping: Record<string, Target> = {};
  for (const pair of (opts.map ?? '').split(',').filter((p) => p.trim())) {
    const at = pair.lastIndexOf('=');
    const target = at > 0 ? parseTarget(pair.slice(at + 1), ctx.plans.map((p) => p.id)) : null;
    if (target === null) return fail(`--map '${pair.trim()}'`, `write Header=figure, where figure is month, skip, one of the actual figures or customers_<planId> (${ctx.plans.map((p) => `customers_${p.id}`).join(', ')})`);
    mapping[pair.slice(0, at).trim()] = target;
  }
  const options = { mapping, ...(opts.decimalMark && { decimalMark: opts.decimalMark }), ...(opts.dateOrder && { dateOrder: opts.dateOrder }) };
  let read: ActualsRead;
  try {
    if (/\.xlsx$/i.test(opts.file)) {
      const book = await readWorkbook(readFileSync(opts.file));
      if (!book.ok) return fail(opts.file, book.message);
      if (opts.sheet && !book.book.sheets.includes(opts.sheet)) return fail(opts.file, `has no sheet '${opts.sheet}' (its sheets: ${book.book.sheets.join(', ')})`);
      read = readActuals(book.book.table(opts.sheet), ctx, options);
    } else read = readActualsCsv(readFileSync(opts.file, 'utf8'), ctx, options);
  } catch (error) {
    return fail(opts.file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const problems = read.problems.map((p) => ({ place: opts.file, message: problemText(p), path: [] as string[] }));
  // Without a preview to show what is left out, a header that matches nothing is refused: a typo
  // (`vistors`) or an unknown plan (`customers_enterprise`) must not pass as a missing figure.
  for (const c of read.columns.filter((col) => col.unmatched)) {
    problems.push({ place: opts.file, message: `column '${c.header}': ${c.note ?? 'no figure matches it'}; map it with --map '${c.header}=figure' or leave it out with --map '${c.header}=skip'`, path: [] });
  }
  for (const ask of read.asks) {
    const how = ask.question === 'dateOrder' ? 'run again with --date-order dmy (day first) or --date-order mdy (month first)' : "run again with --decimal-mark ',' or --decimal-mark '.'";
    problems.push({ place: opts.file, message: `${ask.why} (${ask.examples.join(', ')}): ${how}`, path: [] });
  }
  if (problems.length) return { ok: false, problems };
  return parseScenario({ ...(doc as Record<string, unknown>), actuals: read.months });
}
