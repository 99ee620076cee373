import type { Worksheet } from 'exceljs';
import { MONTH_COLUMNS } from '../output';
import { MONTHS, type Projection, type ScenarioValues } from '../types';
import type { AssumptionRefs } from './assumptions';
import { FORMATS, figureFormat } from './formats';
import { COHORTS, MONTHLY, monthlyContext, monthRow, quoted, type MonthlyColumn, type MonthlyContext } from './monthly-context';
import { figureColumns, SUMMARY_HELPER_KEYS } from './monthly-figures';
import { PLAN_GROUPS, planColumns, planKey } from './monthly-plans';
import { fitColumns, freezeAndPrintTitles, noteHeaders, setFormula, writeHeader } from './sheet-style';

// Sheet "Monthly": the monthly CSV's columns (month, year, every figure the engine emits,
// customers by plan), then, after a blank column and grouped, the helper columns the formulas
// need: the plan movements and the Summary's running helpers.

const HELPER_FORMATS: Readonly<Record<string, string>> = {
  startCustomers: FORMATS.count, churned: FORMATS.count, upgraded: FORMATS.count, downgraded: FORMATS.count, new: FORMATS.count,
  price: FORMATS.unitMoney, lastPrice: FORMATS.unitMoney, repricingMrr: FORMATS.money, upgradeMrr: FORMATS.money, downgradeMrr: FORMATS.money,
  lastLossMonth: FORMATS.month, cashOutMonth: FORMATS.month,
};

function formatOf(key: string): string {
  const group = key.includes('_') ? key.slice(0, key.indexOf('_')) : key;
  if (group === 'customers' && key !== 'customers') return FORMATS.count;
  return HELPER_FORMATS[group] ?? figureFormat(key);
}

/**
 * A forecast's sheet (MODEL.md, "Actuals and the forecast"): its names, the `actual` flag column
 * (1 in months m <= L) after `year`, and each formula of months m <= L rewritten over the actuals.
 */
export interface ForecastLayout {
  sheet: string;
  cohorts: string;
  lastActualMonth: number;
  /** The formula of a column in an actual month, given the sheet's context and One month's formula. */
  actualMonth(ctx: MonthlyContext, key: string, m: number, formula: string): string;
}

/**
 * Fills the Monthly sheet, or with `forecast` the Forecast sheet (the same columns and One month's
 * formulas over its own rows, the actual months rewritten); returns the context the cohort,
 * Annual and Summary sheets read.
 */
export function writeMonthly(sheet: Worksheet, values: ScenarioValues, projection: Projection, assumptions: AssumptionRefs, forecast?: ForecastLayout): MonthlyContext {
  const planIds = projection.planIds.slice();
  const figures: string[] = [...MONTH_COLUMNS];
  const customers = planIds.map((id) => planKey('customers', id));
  const helpers = [...PLAN_GROUPS.flatMap((g) => planIds.map((id) => planKey(g, id))), ...SUMMARY_HELPER_KEYS];
  const main = ['month', 'year', ...(forecast ? ['actual'] : []), ...figures, ...customers];
  const columnOf = new Map<string, number>();
  main.forEach((key, k) => columnOf.set(key, 1 + k));
  const firstHelper = main.length + 2;
  helpers.forEach((key, k) => columnOf.set(key, firstHelper + k));

  const names = forecast ? { sheet: quoted(forecast.sheet), cohorts: quoted(forecast.cohorts) } : { sheet: MONTHLY, cohorts: COHORTS };
  const ctx = monthlyContext({ ...names, values, projection, assumptions, planIds }, columnOf);
  const L = forecast ? forecast.lastActualMonth : -1;
  const plans = planColumns(ctx);
  const year: MonthlyColumn = { key: 'year', formula: (m) => assumptions.year(ctx.yearOf(m)), value: (m) => values.startYear + ctx.yearOf(m) };
  const columns = [
    year,
    ...figureColumns(ctx, [...figures, ...SUMMARY_HELPER_KEYS]),
    ...plans.customers,
    ...plans.helpers,
  ];

  writeHeader(sheet, 1, main);
  noteHeaders(sheet, 1, main);
  writeHeader(sheet, 1, helpers, firstHelper);
  for (let m = 0; m < MONTHS; m++) sheet.getCell(monthRow(m), 1).value = m;
  if (forecast) for (let m = 0; m < MONTHS; m++) sheet.getCell(monthRow(m), 3).value = m <= L ? 1 : 0;
  for (const column of columns) {
    const col = columnOf.get(column.key)!;
    const format = formatOf(column.key);
    for (let m = 0; m < MONTHS; m++) {
      const own = column.formula(m);
      if (own === null) continue;
      const formula = forecast && m <= L ? forecast.actualMonth(ctx, column.key, m, own) : own;
      setFormula(sheet, monthRow(m), col, formula, column.value(m));
      sheet.getCell(monthRow(m), col).numFmt = format;
    }
  }
  fitColumns(sheet, main, 1, 12);
  fitColumns(sheet, helpers, firstHelper, 12);
  for (let c = firstHelper; c < firstHelper + helpers.length; c++) sheet.getColumn(c).outlineLevel = 1;
  freezeAndPrintTitles(sheet, 1, 2);
  return ctx;
}
