import { DRIVER_LABELS, PLAN_ROW_LABELS, planLabel, planPlace } from './places';
import { DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type AnnualFigure, type Cell, type Projection, type Scenario, type ScenarioValues } from './types';

// Comparing two scenarios: which assumption cells differ (old -> new) and how the annual
// figures move. `old` is the reference (a library entry, a file), `new` the one being judged.

export interface Parsed {
  scenario: Scenario;
  values: ScenarioValues;
}

/** One assumption that differs: where, the cell as written, and its value once formulas are evaluated. */
export interface CellChange {
  /** As a user reads it: `Marketing budget, 2026` or `Pro plan, price, 2029`. */
  place: string;
  /** JSON path in the new scenario's file (the old one's where the row exists only there). */
  path: (string | number)[];
  old: Cell | null;
  new: Cell | null;
  oldValue: number | null;
  newValue: number | null;
}

/** The annual figures compared side by side, and the 2030 KPIs that attribution explains. */
export const COMPARE_KPIS: readonly AnnualFigure[] = ['revenue', 'ebitda', 'arr', 'endingCustomers', 'endingCash', 'grossMargin', 'cac', 'ltvToCac', 'nrr', 'cacPaybackMonths'];

function rowChanges(place: (y: number) => string, path: (y: number) => (string | number)[], old: Cell[] | null, oldValues: Float64Array | null, nu: Cell[] | null, newValues: Float64Array | null): CellChange[] {
  const out: CellChange[] = [];
  for (let y = 0; y < YEARS; y++) {
    const o = old?.[y] ?? null;
    const n = nu?.[y] ?? null;
    if (o === n) continue;
    out.push({ place: place(y), path: path(y), old: o, new: n, oldValue: oldValues?.[y] ?? null, newValue: newValues?.[y] ?? null });
  }
  return out;
}

/** Every assumption cell that differs between two scenarios, in the grid's order; plans are matched by id. */
export function cellChanges(old: Parsed, nu: Parsed): CellChange[] {
  const out: CellChange[] = [];
  const year = (y: number) => nu.scenario.startYear + y;
  const top = (key: 'startYear' | 'startingCash', label: string) => {
    if (old.scenario[key] !== nu.scenario[key]) out.push({ place: label, path: [key], old: old.scenario[key], new: nu.scenario[key], oldValue: old.scenario[key], newValue: nu.scenario[key] });
  };
  top('startYear', 'Start year');
  top('startingCash', 'Starting cash');
  for (const key of DRIVER_KEYS) {
    out.push(...rowChanges((y) => `${DRIVER_LABELS[key]}, ${year(y)}`, (y) => ['drivers', key, y], old.scenario.drivers[key], old.values.drivers[key], nu.scenario.drivers[key], nu.values.drivers[key]));
  }
  const oldIds = old.scenario.plans.map((p) => p.id);
  const ids = [...nu.scenario.plans.map((p) => p.id), ...oldIds.filter((id) => !nu.scenario.plans.some((p) => p.id === id))];
  for (const id of ids) {
    const ni = nu.scenario.plans.findIndex((p) => p.id === id);
    const oi = oldIds.indexOf(id);
    const label = planPlace(ni >= 0 ? planLabel(nu.scenario, ni) : planLabel(old.scenario, oi));
    const where = ni >= 0 ? ni : oi;
    const oldPlan = old.scenario.plans[oi] ?? null;
    const newPlan = nu.scenario.plans[ni] ?? null;
    const oldInit = oldPlan?.initialCustomers ?? null;
    const newInit = newPlan?.initialCustomers ?? null;
    if (oldInit !== newInit) out.push({ place: `${label}, initial customers`, path: ['plans', where, 'initialCustomers'], old: oldInit, new: newInit, oldValue: oldInit, newValue: newInit });
    for (const field of PLAN_ROW_KEYS) {
      out.push(...rowChanges(
        (y) => `${label}, ${PLAN_ROW_LABELS[field]}, ${year(y)}`,
        (y) => ['plans', where, field, y],
        oldPlan?.[field] ?? null, old.values.plans[oi]?.[field] ?? null,
        newPlan?.[field] ?? null, nu.values.plans[ni]?.[field] ?? null,
      ));
    }
  }
  return out;
}

/** One year of one figure in both scenarios; `pct` is the change relative to the old value's size. */
export interface Delta {
  year: number;
  old: number | null;
  new: number | null;
  abs: number | null;
  pct: number | null;
}

/**
 * Difference new - old, and (new - old) / |old| (`null` where old is 0 or a figure is undefined).
 * Two figures equal but for floating-point noise (one part in 1e9) differ by exactly 0, so that a
 * table never shows "+$0.00" for the same CAC computed along two paths.
 */
export function delta(year: number, old: number | null, nu: number | null): Delta {
  const noise = old === null || nu === null ? 0 : 1e-9 * Math.max(Math.abs(old), Math.abs(nu));
  const abs = old === null || nu === null ? null : Math.abs(nu - old) <= noise ? 0 : nu - old;
  const pct = abs === null || old === null || old === 0 ? null : abs / Math.abs(old);
  return { year, old, new: nu, abs, pct };
}

/** The annual delta table: for each figure, every year's old, new, absolute and % change. */
export function annualDeltas(old: Projection, nu: Projection, kpis: readonly AnnualFigure[] = COMPARE_KPIS): { kpi: AnnualFigure; years: Delta[] }[] {
  return kpis.map((kpi) => ({ kpi, years: nu.years.map((y, i) => delta(y.year, old.years[i]?.[kpi] ?? null, y[kpi])) }));
}
