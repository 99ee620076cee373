import { ACTUAL_ENTRIES } from './catalogue-actuals';
import { ANNUAL_ENTRIES, FORECAST_YEAR_ENTRIES, SUMMARY_ENTRIES, type AnnualKey } from './catalogue-annual';
import { DRIVER_ENTRIES, FUNDING_FIELD_ENTRIES, PLAN_ROW_ENTRIES, SCENARIO_FIELD_ENTRIES } from './catalogue-inputs';
import { MONTHLY_ENTRIES, type MonthlyKey } from './catalogue-monthly';
import type { CatalogueEntry, FigureKind, InputEntry, OutputEntry, Period, ValidRange } from './catalogue-types';
import type { DriverKey, PlanRowKey } from './types';

// One catalogue of figures (STYLE.md): every input row and output figure of shared/MODEL.md with
// its key, label, unit, period, range and formula. Validation, the grid, charts, compare, the
// guide, cards, tables and exports read it; adding a figure is one entry plus its computation.

/** Every entry, by where its key lives in the scenario file or the headless output. */
export const CATALOGUE = {
  drivers: DRIVER_ENTRIES,
  planRows: PLAN_ROW_ENTRIES,
  scenario: SCENARIO_FIELD_ENTRIES,
  funding: FUNDING_FIELD_ENTRIES,
  actuals: ACTUAL_ENTRIES,
  monthly: MONTHLY_ENTRIES,
  annual: ANNUAL_ENTRIES,
  forecastYear: FORECAST_YEAR_ENTRIES,
  summary: SUMMARY_ENTRIES,
} as const;
export type Catalogue = typeof CATALOGUE;
export type CatalogueSection = keyof Catalogue;

/** One entry by section and key, typed: `figure('annual', 'arr')`. */
export function figure<S extends CatalogueSection>(section: S, key: keyof Catalogue[S]): Catalogue[S][keyof Catalogue[S]] {
  return CATALOGUE[section][key];
}

/** The monthly figures in the catalogue's order (MODEL.md's). */
export const MONTHLY_KEYS = Object.keys(MONTHLY_ENTRIES) as MonthlyKey[];
/** The annual figures in the catalogue's order. */
export const ANNUAL_KEYS = Object.keys(ANNUAL_ENTRIES) as AnnualKey[];

/** Whether a string names a monthly figure. */
export const isMonthlyKey = (key: string): key is MonthlyKey => Object.hasOwn(MONTHLY_ENTRIES, key);
/** Whether a string names an annual figure. */
export const isAnnualKey = (key: string): key is AnnualKey => Object.hasOwn(ANNUAL_ENTRIES, key);

/** A monthly figure's entry. */
export const monthlyEntry = (key: MonthlyKey): OutputEntry => MONTHLY_ENTRIES[key];
/** An annual figure's entry. */
export const annualEntry = (key: AnnualKey): OutputEntry => ANNUAL_ENTRIES[key];

/** An input row of the grid: a driver row, or one of a plan's rows. */
export type InputRowRef = { kind: 'driver'; key: DriverKey } | { kind: 'plan'; field: PlanRowKey };
/** The entry of an input row. */
export function inputEntry(row: InputRowRef): InputEntry {
  return row.kind === 'driver' ? DRIVER_ENTRIES[row.key] : PLAN_ROW_ENTRIES[row.field];
}

/** A plan row as a planner reads it: `Pro price`. */
export function planRowLabel(planName: string, field: PlanRowKey): string {
  return `${planName} ${PLAN_ROW_ENTRIES[field].label}`;
}

/** A period in words: "per year", "per month". */
export function periodWords(period: Period | null): string {
  return period === 'year' ? 'per year' : period === 'month' ? 'per month' : '';
}

/** An input's unit spelled out, where space allows: "/mo" reads "per month". */
export function unitWords(entry: InputEntry): string {
  return entry.unit.replace('/mo', 'per month');
}

/** A label with its unit, for hover text and accessible names: "Marketing budget (per year)". */
export function labelWithUnit(label: string, entry: InputEntry): string {
  return entry.unit ? `${label} (${entry.unit})` : label;
}

/** Whether a value lies in a range. */
export function inRange(range: ValidRange, x: number): boolean {
  return (range.exclusiveMin ? x > range.min : x >= range.min) && x <= range.max;
}

const bound = (kind: FigureKind, x: number) => (kind === 'rate' ? `${x * 100} %` : String(x));

/** A range in words, for messages: "between 0 % and 100 %", "more than 0", "not negative". */
export function rangeText(range: ValidRange, kind: FigureKind): string {
  const lowOpen = range.min === -Infinity;
  const highOpen = range.max === Infinity;
  if (lowOpen && highOpen) return 'any number';
  if (highOpen) {
    if (range.min === 0) return range.exclusiveMin ? 'more than 0' : 'not negative';
    return `${range.exclusiveMin ? 'more than' : 'at least'} ${bound(kind, range.min)}`;
  }
  if (lowOpen) return `at most ${bound(kind, range.max)}`;
  return `between ${bound(kind, range.min)} and ${bound(kind, range.max)}`;
}

export type { CatalogueEntry, FigureKind, InputEntry, OutputEntry, Period, ValidRange, MonthlyKey, AnnualKey };
