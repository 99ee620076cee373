import { csvNumber } from './csv-number';
import { projectForecast } from './forecast';
import { evaluateTargets } from './targets';
import { computeVariance, type Variance } from './variance';
import {
  MONTHLY_FLOWS, MONTHLY_KPIS, MONTHS,
  type ForecastYearFigures, type MonthlyFigure, type Projection, type ProjectionView, type Scenario, type ScenarioValues, type Summary, type TargetResult, type YearFigures,
} from './types';

/** The order of the monthly table's columns: MODEL.md's names. */
export const MONTH_COLUMNS: readonly MonthlyFigure[] = [...MONTHLY_FLOWS, ...MONTHLY_KPIS];

export type MonthRecord = { month: number; year: number; customersByPlan: Record<string, number> } & Record<MonthlyFigure, number | null>;

/** One month of a projection or a forecast as a record (MODEL.md, "Headless output"). */
export function monthRecord(p: ProjectionView, m: number): MonthRecord {
  const record = { month: m, year: p.startYear + Math.floor(m / 12) } as MonthRecord;
  for (const key of MONTHLY_FLOWS) record[key] = p.monthly[key][m]!;
  for (const key of MONTHLY_KPIS) record[key] = p.monthly[key][m]!;
  record.customersByPlan = Object.fromEntries(p.planIds.map((id, i) => [id, p.customersByPlan[i]![m]!]));
  return record;
}

export interface ForecastOutput {
  lastActualMonth: number;
  months: MonthRecord[];
  years: ForecastYearFigures[];
  targets: TargetResult[];
  summary: Summary;
}

export interface ProjectionOutput {
  months: MonthRecord[];
  years: YearFigures[];
  targets: TargetResult[];
  summary: Summary;
  /** Only for a scenario with actuals (MODEL.md, "Headless output"). */
  forecast?: ForecastOutput;
  variance?: Variance;
}

/**
 * The CLI's `--json` object: the plan's months, years, targets and summary; for a scenario with
 * actuals also `forecast` (the same shapes, the forecast's, with lastActualMonth) and `variance`.
 */
export function projectionOutput(scenario: Scenario, values: ScenarioValues, p: Projection): ProjectionOutput {
  const out: ProjectionOutput = {
    months: Array.from({ length: MONTHS }, (_, m) => monthRecord(p, m)),
    years: p.years,
    targets: evaluateTargets(scenario.targets, values, p),
    summary: p.summary,
  };
  if (scenario.actuals?.length) {
    const f = projectForecast(values, scenario.actuals, p);
    out.forecast = {
      lastActualMonth: f.lastActualMonth,
      months: Array.from({ length: MONTHS }, (_, m) => monthRecord(f, m)),
      years: f.years,
      targets: evaluateTargets(scenario.targets, values, f),
      summary: f.summary,
    };
    out.variance = computeVariance(p, f);
  }
  return out;
}

/** A CSV field: numbers to 12 significant digits (csvNumber), `null` as an empty field, text quoted when needed. */
export function csvField(x: number | string | boolean | null): string {
  if (x === null) return '';
  if (typeof x === 'number') return csvNumber(x);
  if (typeof x === 'boolean') return String(x);
  return /[",\n\r]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
}

/**
 * The monthly table as CSV: month, year, every monthly figure, then customers per plan. Given
 * `lastActualMonth` (a forecast's), a column `actual` after `year` says which months are actual.
 */
export function monthlyCsv(p: ProjectionView, lastActualMonth?: number): string {
  const flag = lastActualMonth !== undefined;
  const header = ['month', 'year', ...(flag ? ['actual'] : []), ...MONTH_COLUMNS, ...p.planIds.map((id) => `customers_${id}`)];
  const lines = [header.map(csvField).join(',')];
  for (let m = 0; m < MONTHS; m++) {
    const r = monthRecord(p, m);
    const actual = flag ? [m <= lastActualMonth] : [];
    lines.push([r.month, r.year, ...actual, ...MONTH_COLUMNS.map((k) => r[k]), ...p.planIds.map((id) => r.customersByPlan[id]!)].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

/** The annual table as CSV: year and every annual figure. */
export function annualCsv(p: Pick<Projection, 'years'>): string {
  const keys = Object.keys(p.years[0]!) as (keyof YearFigures)[];
  const lines = [keys.join(',')];
  for (const y of p.years) lines.push(keys.map((k) => csvField(y[k])).join(','));
  return lines.join('\n') + '\n';
}
