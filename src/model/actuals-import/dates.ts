// Dates as exports write them: 2026-01-31, 2026-01, 01/31/2026, 31/01/2026, 31.01.2026,
// Jan 2026, January 31, 2026, 31 Jan 2026. A slash or dash date whose day and month could
// swap (03/04/2026) is left to the planner's answer, never guessed.

/** The order of day and month in a date written with slashes or dashes. */
export type DateOrder = 'dmy' | 'mdy';

/** A calendar date; `d` is null when the text names a month only (`Jan 2026`, `2026-01`). */
export interface DateParts {
  y: number;
  m: number;
  d: number | null;
}

/** What a date text can mean: one date, one per order (ambiguous or not), or nothing. */
export type DateRead =
  | { kind: 'date'; date: DateParts }
  | { kind: 'ordered'; dmy: DateParts | null; mdy: DateParts | null }
  | { kind: 'bad'; message: string };

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Days in month m (1..12) of year y. */
export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function valid(y: number, m: number, d: number | null): DateParts | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2200 || m < 1 || m > 12) return null;
  if (d !== null && (d < 1 || d > daysIn(y, m))) return null;
  return { y, m, d };
}

const fullYear = (t: string) => (t.length === 2 ? 2000 + Number(t) : Number(t));
const monthOfName = (t: string) => {
  const name = t.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return 0;
  const i = MONTH_NAMES.indexOf(name.slice(0, 3));
  // "sept" and full names are fine; "janx" is not.
  return i >= 0 && ('january february march april may june july august september october november december sept'.split(' ').some((full) => full.startsWith(name))) ? i + 1 : 0;
};

function named(tokens: string[]): DateParts | null {
  const at = tokens.findIndex((t) => monthOfName(t) > 0);
  if (at < 0) return null;
  const m = monthOfName(tokens[at]!);
  const rest = tokens.filter((_, i) => i !== at);
  if (rest.length === 1 && /^\d{4}$|^\d{2}$/.test(rest[0]!)) return valid(fullYear(rest[0]!), m, null);
  if (rest.length !== 2) return null;
  const year = rest.findIndex((t) => /^\d{4}$/.test(t));
  const yearAt = year >= 0 ? year : /^\d{2}$/.test(rest[1]!) ? 1 : -1;
  const dayText = rest[1 - yearAt];
  if (yearAt < 0 || !dayText || !/^\d{1,2}(st|nd|rd|th)?$/i.test(dayText)) return null;
  return valid(fullYear(rest[yearAt]!), m, parseInt(dayText, 10));
}

/** What a date text means; `ordered` when day and month are told apart only by their order. */
export function readDate(text: string): DateRead {
  const t = text.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[AP]M)?$/i, '').trim();
  const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  const bad = { kind: 'bad', message: `'${shown}' is not a date (write e.g. 2026-01-31, 2026-01 or Jan 2026)` } as const;
  if (t === '') return { kind: 'bad', message: 'the date is empty' };
  let g = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(t);
  if (g) {
    const date = valid(Number(g[1]), Number(g[2]), g[3] ? Number(g[3]) : null);
    return date ? { kind: 'date', date } : bad;
  }
  g = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(t);
  if (g) {
    const [a, b, y] = [Number(g[1]), Number(g[3]), fullYear(g[4]!)];
    const dmy = valid(y, b, a);
    // Dots are a day-first convention everywhere they are used (31.01.2026).
    if (g[2] === '.') return dmy ? { kind: 'date', date: dmy } : bad;
    const mdy = valid(y, a, b);
    if (!dmy && !mdy) return bad;
    return { kind: 'ordered', dmy, mdy };
  }
  g = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (g) {
    const date = valid(Number(g[2]), Number(g[1]), null);
    return date ? { kind: 'date', date } : bad;
  }
  const date = named(t.split(/[\s,\-/.]+/).filter(Boolean));
  return date ? { kind: 'date', date } : bad;
}

/** A date as YYYY-MM-DD (or YYYY-MM), the way the preview shows what it read. */
export function dateText(p: DateParts): string {
  const mm = String(p.m).padStart(2, '0');
  return p.d === null ? `${p.y}-${mm}` : `${p.y}-${mm}-${String(p.d).padStart(2, '0')}`;
}
