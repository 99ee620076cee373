import { ACTUAL_FIGURES, type ActualFigure, type ActualMonth } from './contract';

// What an import does to the scenario's actuals: the file's figures replace the same month's
// figures, the rest stays (a billing export and a marketing export can fill one month between
// them). The preview lists every change before the planner accepts.

/** One figure of one month that an import changes; `before`/`after` undefined when absent. */
export interface ActualChange {
  month: string;
  /** A figure, or `customers_<planId>`. */
  figure: string;
  before: number | undefined;
  after: number | undefined;
}

/** The scenario's actual months with the imported ones merged in, figure by figure, in month order. */
export function mergeActuals(existing: readonly ActualMonth[] | undefined, incoming: readonly ActualMonth[]): ActualMonth[] {
  const byMonth = new Map<string, ActualMonth>();
  for (const m of existing ?? []) byMonth.set(m.month, m);
  for (const m of incoming) {
    const old = byMonth.get(m.month);
    const merged: ActualMonth = { ...old, ...m };
    if (old?.customersByPlan && !m.customersByPlan) merged.customersByPlan = old.customersByPlan;
    byMonth.set(m.month, merged);
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** A month's figures flat: figure (or `customers_<planId>`) to number. */
export function flatFigures(m: ActualMonth | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!m) return out;
  for (const f of ACTUAL_FIGURES) if (m[f] !== undefined) out.set(f, m[f]);
  for (const [id, n] of Object.entries(m.customersByPlan ?? {})) out.set(`customers_${id}`, n);
  return out;
}

/** Every figure that differs between two lists of actual months, month by month. */
export function actualChanges(before: readonly ActualMonth[] | undefined, after: readonly ActualMonth[] | undefined): ActualChange[] {
  const b = new Map((before ?? []).map((m) => [m.month, m]));
  const a = new Map((after ?? []).map((m) => [m.month, m]));
  const months = [...new Set([...b.keys(), ...a.keys()])].sort();
  const changes: ActualChange[] = [];
  for (const month of months) {
    const x = flatFigures(b.get(month));
    const y = flatFigures(a.get(month));
    for (const figure of new Set([...x.keys(), ...y.keys()])) {
      if (x.get(figure) !== y.get(figure)) changes.push({ month, figure, before: x.get(figure), after: y.get(figure) });
    }
  }
  return changes;
}

/** One cell of the actuals grid: month index m (0 = January of startYear), a figure or `customers_<planId>`, a value or undefined to clear. */
export interface ActualEdit {
  m: number;
  figure: string;
  value: number | undefined;
}

const monthOf = (startYear: number, m: number) => `${startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const isEmpty = (e: ActualMonth) => Object.keys(e).every((k) => k === 'month');

/**
 * Applies grid edits to the actual months, keeping them whole (MODEL.md: one entry a month from
 * January, no gaps): a value typed past the last actual month adds the months before it with no
 * figures (the plan's figures stand in for them), and months left empty at the end are dropped.
 */
export function withActualFigures(actuals: readonly ActualMonth[] | undefined, startYear: number, edits: readonly ActualEdit[]): ActualMonth[] {
  const list = (actuals ?? []).map((e) => ({ ...e, ...(e.customersByPlan && { customersByPlan: { ...e.customersByPlan } }) }));
  for (const { m, figure, value } of edits) {
    if (value === undefined && m >= list.length) continue;
    while (list.length <= m) list.push({ month: monthOf(startYear, list.length) });
    const entry = list[m]!;
    if (figure.startsWith('customers_')) {
      const byPlan = entry.customersByPlan ?? {};
      if (value === undefined) delete byPlan[figure.slice('customers_'.length)];
      else byPlan[figure.slice('customers_'.length)] = value;
      if (Object.keys(byPlan).length) entry.customersByPlan = byPlan;
      else delete entry.customersByPlan;
    } else if (value === undefined) delete entry[figure as ActualFigure];
    else entry[figure as ActualFigure] = value;
  }
  while (list.length && isEmpty(list[list.length - 1]!)) list.pop();
  return list;
}
