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

/** Sets or clears (undefined) one figure of one month; months are added or dropped to keep them whole. */
export function withActualFigure(actuals: readonly ActualMonth[], month: string, figure: string, value: number | undefined): ActualMonth[] {
  const list = actuals.slice();
  let i = list.findIndex((m) => m.month === month);
  if (i < 0) {
    if (value === undefined) return list;
    list.push({ month });
    list.sort((a, b) => (a.month < b.month ? -1 : 1));
    i = list.findIndex((m) => m.month === month);
  }
  const entry: ActualMonth = { ...list[i]! };
  if (figure.startsWith('customers_')) {
    const byPlan = { ...entry.customersByPlan };
    if (value === undefined) delete byPlan[figure.slice(10)];
    else byPlan[figure.slice(10)] = value;
    if (Object.keys(byPlan).length) entry.customersByPlan = byPlan;
    else delete entry.customersByPlan;
  } else if (value === undefined) delete entry[figure as ActualFigure];
  else entry[figure as ActualFigure] = value;
  list[i] = entry;
  return list;
}
