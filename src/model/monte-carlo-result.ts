import { percentiles } from './percentiles';
import { MONTHS, YEARS, type Target } from './types';

// What Monte Carlo runs keep (their raw values, in parts that workers can hand over) and how the
// parts become the result: nearest-rank percentiles per month or year, and the odds of each target.

export const MONTHLY_FANS = ['mrr', 'cash', 'customers'] as const;
export type MonthlyFan = (typeof MONTHLY_FANS)[number];
export const ANNUAL_FANS = ['arpu', 'cac', 'cacPaybackMonths', 'grossMargin', 'nrr', 'ltvToCac'] as const;
export type AnnualFan = (typeof ANNUAL_FANS)[number];
/** Values kept per run: 60 months of each monthly fan, then 5 years of each annual one. */
export const POINTS = MONTHLY_FANS.length * MONTHS + ANNUAL_FANS.length * YEARS;
const PS = [0.1, 0.5, 0.9];

/** 10th, 50th and 90th nearest-rank percentiles per month or year; null where no run computes it. */
export interface Fan { p10: (number | null)[]; p50: (number | null)[]; p90: (number | null)[] }

export interface TargetOdds {
  target: Target;
  /** Share of runs that meet the target (a run where it is not computable does not meet it). */
  probability: number;
  notComputable: number;
}

/** How often cash runs out: the share of runs whose cash goes below zero, and in which year first. */
export interface CashOutOdds {
  /** Share of runs with a cashOutMonth (MODEL.md, "The whole projection"). */
  probability: number;
  /** byYear[y]: share of runs whose cashOutMonth lies in year index y; they add up to probability. */
  byYear: number[];
}

export interface MonteCarloResult {
  runs: number;
  seed: number;
  ranges: number;
  monthly: Record<MonthlyFan, Fan>;
  annual: Record<AnnualFan, Fan>;
  targets: TargetOdds[];
  cashOut: CashOutOdds;
  /** Runs in which a formula cell could not be evaluated (it kept its value). */
  formulaFailures: number;
}

/**
 * The raw values of the runs `from` .. `from + runs - 1`: point j of local run r at
 * `columns[j * runs + r]` (NaN where a figure is not computable), and per target the runs that
 * met it and those where it was not computable.
 */
export interface MonteCarloPart {
  from: number;
  runs: number;
  columns: Float64Array;
  met: Int32Array;
  missing: Int32Array;
  /** cashOut[y]: the runs whose cash first goes below zero in year index y. */
  cashOut: Int32Array;
  formulaFailures: number;
}

/** Percentiles and target odds of all parts together (in any order: each part knows its runs). */
export function combineParts(parts: readonly MonteCarloPart[], targets: readonly Target[], seed: number, ranges: number): MonteCarloResult {
  const ordered = [...parts].sort((a, b) => a.from - b.from);
  const runs = ordered.reduce((n, p) => n + p.runs, 0);
  const column = new Float64Array(runs);
  const fan = (first: number, points: number): Fan => {
    const f: Fan = { p10: [], p50: [], p90: [] };
    for (let j = first; j < first + points; j++) {
      let at = 0;
      for (const p of ordered) {
        column.set(p.columns.subarray(j * p.runs, (j + 1) * p.runs), at);
        at += p.runs;
      }
      const [p10, p50, p90] = percentiles(column, PS);
      f.p10.push(p10!); f.p50.push(p50!); f.p90.push(p90!);
    }
    return f;
  };
  const sum = (pick: (p: MonteCarloPart) => number) => ordered.reduce((n, p) => n + pick(p), 0);
  return {
    runs,
    seed,
    ranges,
    monthly: Object.fromEntries(MONTHLY_FANS.map((key, k) => [key, fan(k * MONTHS, MONTHS)])) as Record<MonthlyFan, Fan>,
    annual: Object.fromEntries(ANNUAL_FANS.map((key, k) => [key, fan(MONTHLY_FANS.length * MONTHS + k * YEARS, YEARS)])) as Record<AnnualFan, Fan>,
    targets: targets.map((target, t) => ({ target, probability: runs > 0 ? sum((p) => p.met[t]!) / runs : 0, notComputable: sum((p) => p.missing[t]!) })),
    cashOut: cashOutOdds(ordered, runs),
    formulaFailures: sum((p) => p.formulaFailures),
  };
}

/** The share of runs whose cash runs out, in all and by year: counts over the parts, divided by the runs. */
function cashOutOdds(parts: readonly MonteCarloPart[], runs: number): CashOutOdds {
  const byYear = Array.from({ length: YEARS }, (_, y) => (runs > 0 ? parts.reduce((n, p) => n + p.cashOut[y]!, 0) / runs : 0));
  return { probability: byYear.reduce((a, b) => a + b, 0), byYear };
}
