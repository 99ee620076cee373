import { csvNumber } from './csv-number';
import { evaluateTargets } from './targets';
import { MONTHLY_FLOWS, MONTHLY_KPIS, MONTHS, type MonthlyFigure, type Projection, type Scenario, type ScenarioValues, type Summary, type TargetResult, type YearFigures } from './types';

/** The order of the monthly table's columns: MODEL.md's names. */
export const MONTH_COLUMNS: readonly MonthlyFigure[] = [...MONTHLY_FLOWS, ...MONTHLY_KPIS];

export type MonthRecord = { month: number; year: number; customersByPlan: Record<string, number> } & Record<MonthlyFigure, number | null>;

/** One month of the projection as a record (MODEL.md, "Headless output"). */
export function monthRecord(p: Projection, m: number): MonthRecord {
  const record = { month: m, year: p.startYear + Math.floor(m / 12) } as MonthRecord;
  for (const key of MONTHLY_FLOWS) record[key] = p.monthly[key][m]!;
  for (const key of MONTHLY_KPIS) record[key] = p.monthly[key][m]!;
  record.customersByPlan = Object.fromEntries(p.planIds.map((id, i) => [id, p.customersByPlan[i]![m]!]));
  return record;
}

export interface ProjectionOutput {
  months: MonthRecord[];
  years: YearFigures[];
  targets: TargetResult[];
  summary: Summary;
}

/** The CLI's `--json` object: months, years, targets and summary. */
export function projectionOutput(scenario: Scenario, values: ScenarioValues, p: Projection): ProjectionOutput {
  return {
    months: Array.from({ length: MONTHS }, (_, m) => monthRecord(p, m)),
    years: p.years,
    targets: evaluateTargets(scenario.targets, values, p),
    summary: p.summary,
  };
}

/** A CSV field: numbers to 12 significant digits (csvNumber), `null` as an empty field, text quoted when needed. */
export function csvField(x: number | string | null): string {
  if (x === null) return '';
  if (typeof x === 'number') return csvNumber(x);
  return /[",\n\r]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
}

/** The monthly table as CSV: month, year, every monthly figure, then customers per plan. */
export function monthlyCsv(p: Projection): string {
  const header = ['month', 'year', ...MONTH_COLUMNS, ...p.planIds.map((id) => `customers_${id}`)];
  const lines = [header.map(csvField).join(',')];
  for (let m = 0; m < MONTHS; m++) {
    const r = monthRecord(p, m);
    lines.push([r.month, r.year, ...MONTH_COLUMNS.map((k) => r[k]), ...p.planIds.map((id) => r.customersByPlan[id]!)].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

/** The annual table as CSV: year and every annual figure. */
export function annualCsv(p: Projection): string {
  const keys = Object.keys(p.years[0]!) as (keyof YearFigures)[];
  const lines = [keys.join(',')];
  for (const y of p.years) lines.push(keys.map((k) => csvField(y[k])).join(','));
  return lines.join('\n') + '\n';
}
