import { monthIndex, monthText, projectionSpan } from './calendar';
import { ACTUAL_FIGURES, MONTHS, type Problem } from './types';

// MODEL.md's rules for `actuals` (schema version 2): one entry a month from January of startYear,
// in order, no gaps, inside the projection; only the figures the contract lists (a typo must not
// pass as a missing figure); every figure >= 0 but cash; customersByPlan names every plan and no
// other. Each message names the month and the figure as a planner reads them.

const FIGURES = new Set<string>(ACTUAL_FIGURES);
const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Edit distance, for "did you mean": names are short, so the plain table is enough. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

function unknownFigure(key: string): string {
  const known = ['customersByPlan', ...ACTUAL_FIGURES];
  const near = known.find((k) => k.toLowerCase() === key.toLowerCase()) ?? known.find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return near
    ? `is not a figure an actual month can give: did you mean ${near}?`
    : `is not a figure an actual month can give (they are: ${known.join(', ')})`;
}

/** The actual months' problems (MODEL.md, "Validation"), given the scenario's start year and plan ids. */
export function validateActuals(actuals: unknown, startYear: number, planIds: readonly string[]): Problem[] {
  if (actuals === undefined) return [];
  if (!Array.isArray(actuals)) return [{ place: 'Actuals', path: ['actuals'], message: 'must be a list of months, each { "month": "YYYY-MM", figure: number, ... }' }];
  const problems: Problem[] = [];
  if (actuals.length > MONTHS) problems.push({ place: 'Actuals', path: ['actuals'], message: `has ${actuals.length} months: at most ${MONTHS}, the projection's ${projectionSpan(startYear)}` });
  const plans = new Set(planIds);
  // The month the next entry must be: the one after the previous entry's (so one gap is one problem).
  let expected = 0;
  actuals.forEach((entry: unknown, i) => {
    const month = isObject(entry) ? entry.month : undefined;
    const m = typeof month === 'string' ? monthIndex(month, startYear) : null;
    const place = m === null ? `Actuals, entry ${i + 1}` : `Actuals, ${month as string}`;
    const problem = (path: (string | number)[], field: string | null, message: string) =>
      problems.push({ place: field ? `${place}, ${field}` : place, path: ['actuals', i, ...path], message });
    if (!isObject(entry)) return problem([], null, `must be an object { "month": "YYYY-MM", figure: number, ... }`);
    const want = monthText(startYear, expected);
    if (month === undefined) problem(['month'], 'month', `is missing: this entry should be ${want}`);
    else if (m === null) problem(['month'], 'month', `${JSON.stringify(month)} must be a month written YYYY-MM (this entry should be ${want})`);
    else if (m < 0 || m >= MONTHS) problem(['month'], 'month', `is outside the projection ${projectionSpan(startYear)}`);
    else if (m > expected) problem(['month'], 'month', `${want}${m > expected + 1 ? `..${monthText(startYear, m - 1)}` : ''} missing before it: actual months run one a month from ${monthText(startYear, 0)} with no gap`);
    else if (m < expected) problem(['month'], 'month', `is out of order or repeated: the entry before it is ${monthText(startYear, expected - 1)}, so this one should be ${want}`);
    expected = m !== null && m >= expected ? m + 1 : expected + 1;

    for (const key of Object.keys(entry)) {
      if (key === 'month') continue;
      const x = entry[key];
      if (key === 'customersByPlan') {
        if (!isObject(x)) { problem([key], key, `must be an object { planId: customers } naming every plan (${planIds.join(', ')})`); continue; }
        for (const id of planIds) if (!(id in x)) problem([key], key, `misses plan ${id}: give every plan's customers (0 for none), or leave customersByPlan out`);
        for (const [id, n] of Object.entries(x)) {
          if (!plans.has(id)) problem([key, id], `${key}.${id}`, `${id} is not a plan of this scenario (its plans: ${planIds.join(', ')})`);
          else if (typeof n !== 'number' || !Number.isFinite(n)) problem([key, id], `${key}.${id}`, 'must be a number');
          else if (n < 0) problem([key, id], `${key}.${id}`, `must be 0 or more (is ${n})`);
        }
        continue;
      }
      if (!FIGURES.has(key)) { problem([key], key, unknownFigure(key)); continue; }
      if (typeof x !== 'number' || !Number.isFinite(x)) problem([key], key, 'must be a number');
      else if (x < 0 && key !== 'cash') problem([key], key, `must be 0 or more (is ${x})`);
    }
  });
  return problems;
}
