import { cellRef } from './a1';
import type { AssumptionRefs } from './assumptions';
import type { Cached } from './sheet-style';
import type { Projection, ScenarioValues } from '../types';

// What the Monthly sheet's column definitions read: the layout (a column per key), the
// assumptions' cells, and the engine's figures for the cached results.

export const MONTHLY = 'Monthly';
export const COHORTS = 'Cohorts';

/** A sheet's name as formulas write it: quoted where it has a space. */
export const quoted = (name: string): string => (/^[A-Za-z]+$/.test(name) ? name : `'${name}'`);

/** Month m's row on Monthly and Cohorts (row 1 is the header). */
export const monthRow = (m: number): number => m + 2;

/** A column of the Monthly sheet: its formula and cached result in month m (null: a blank cell). */
export interface MonthlyColumn {
  key: string;
  formula(m: number): string | null;
  value(m: number): Cached | null;
}

export interface MonthlyContext {
  /** The sheet's name as a formula names it (quoted where it has a space), and its cohort helper sheet's. */
  sheet: string;
  cohorts: string;
  values: ScenarioValues;
  projection: Projection;
  assumptions: AssumptionRefs;
  /** Plan count and ids, lowest tier first. */
  planIds: readonly string[];
  /** The cell of a column in month m, on Monthly. */
  at(key: string, m: number): string;
  /** The cells of consecutive columns in month m: `first:last`. */
  span(firstKey: string, lastKey: string, m: number): string;
  /** The year index of month m. */
  yearOf(m: number): number;
}

/** A context over a column layout (1-based column per key). */
export function monthlyContext(base: Omit<MonthlyContext, 'at' | 'span' | 'yearOf'>, columnOf: ReadonlyMap<string, number>): MonthlyContext {
  const col = (key: string) => {
    const c = columnOf.get(key);
    if (c === undefined) throw new Error(`Monthly has no column ${key}`);
    return c;
  };
  return {
    ...base,
    at: (key, m) => cellRef(monthRow(m), col(key)),
    span: (first, last, m) => `${cellRef(monthRow(m), col(first))}:${cellRef(monthRow(m), col(last))}`,
    yearOf: (m) => Math.floor(m / 12),
  };
}

/** An engine series by name, or undefined where this engine does not emit that figure. */
export function engineSeries(p: Projection, key: string): readonly (number | null)[] | undefined {
  return (p.monthly as unknown as Record<string, (number | null)[] | undefined>)[key];
}
