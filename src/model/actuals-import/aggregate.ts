import { dateText, daysIn, type DateParts } from './dates';
import { FLOWS } from './headers';

// Days and weeks to months (issue 22): flows add up over the month's rows; balances (customers,
// mrr, cash, nrr) are the month's last row that gives them. A finer-than-monthly file whose month
// lacks some of its days or weeks is flagged, since its sums would fall short.

/** One row of the file as read: its date and its figures (figure or `customers_<id>` to number). */
export interface RowValues {
  row: number;
  date: DateParts;
  values: Map<string, number>;
}

export interface MonthValues {
  y: number;
  m: number;
  values: Map<string, number>;
  /** The file rows that made the month. */
  rows: number[];
}

export interface Aggregated {
  months: MonthValues[];
  /** `month` when no month has two rows, else `day` or `week` (the usual spacing of the rows). */
  granularity: 'month' | 'week' | 'day';
  warnings: string[];
  problems: { row: number; message: string }[];
}

const DAY = 86_400_000;
const epochDay = (p: DateParts) => Date.UTC(p.y, p.m - 1, p.d ?? 1) / DAY;
const mm = (y: number, m: number) => dateText({ y, m, d: null });

/** The most common gap in days between consecutive distinct dates. */
function usualStep(days: number[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < days.length; i++) {
    const gap = days[i]! - days[i - 1]!;
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [gap, n] of counts) if (n > most || (n === most && gap < best)) { best = gap; most = n; }
  return best;
}

/** Rows to months: sums of flows, last values of balances, flags for months with rows missing. */
export function toMonths(rows: readonly RowValues[]): Aggregated {
  const sorted = rows.slice().sort((a, b) => epochDay(a.date) - epochDay(b.date) || a.row - b.row);
  const groups = new Map<string, RowValues[]>();
  for (const r of sorted) {
    const key = mm(r.date.y, r.date.m);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const problems: Aggregated['problems'] = [];
  const fine = [...groups.values()].some((g) => g.length > 1);
  const months: MonthValues[] = [];
  for (const [key, group] of groups) {
    if (fine && group.length > 1 && group.some((r) => r.date.d === null)) {
      const undated = group.filter((r) => r.date.d === null);
      for (const r of undated) problems.push({ row: r.row, message: `${key} has ${group.length} rows and this one names no day: give each row its date, or one row a month` });
      continue;
    }
    const values = new Map<string, number>();
    for (const r of group) {
      for (const [k, x] of r.values) values.set(k, FLOWS.has(k as never) ? (values.get(k) ?? 0) + x : x);
    }
    months.push({ y: group[0]!.date.y, m: group[0]!.date.m, values, rows: group.map((r) => r.row) });
  }
  if (!fine) return { months, granularity: 'month', warnings: [], problems };

  const days = [...new Set(sorted.map((r) => epochDay(r.date)))];
  const step = usualStep(days);
  const granularity = step >= 6 && step <= 8 ? 'week' : 'day';
  const warnings: string[] = [];
  if (step >= 1 && step <= 8) {
    const anchor = days[0]!;
    for (const mv of months) {
      const first = Date.UTC(mv.y, mv.m - 1, 1) / DAY;
      const last = first + daysIn(mv.y, mv.m) - 1;
      const present = new Set(days.filter((d) => d >= first && d <= last));
      const expected: number[] = [];
      for (let d = first + ((((anchor - first) % step) + step) % step); d <= last; d += step) expected.push(d);
      const missing = expected.filter((d) => !present.has(d));
      if (missing.length === 0) continue;
      const names = missing.slice(0, 4).map((d) => new Date(d * DAY).toISOString().slice(5, 10));
      warnings.push(`${mm(mv.y, mv.m)}: ${expected.length - missing.length} of ${expected.length} ${granularity === 'week' ? 'weekly' : 'daily'} rows (missing ${names.join(', ')}${missing.length > 4 ? ' …' : ''}); its sums may fall short`);
    }
  }
  return { months, granularity, warnings, problems };
}
