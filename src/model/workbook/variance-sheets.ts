import type { Worksheet } from 'exceljs';
import { cellRef, sheetRef } from './a1';
import { annualRow } from './annual';
import { figureFormat } from './formats';
import { MONTHLY, quoted, type MonthlyContext } from './monthly-context';
import { fitColumns, freezeAndPrintTitles, setFormula, writeHeader } from './sheet-style';
import { ANNUAL_FIGURES, MONTHLY_FLOWS, MONTHLY_KPIS } from '../types';
import type { Variance, VarianceCell } from '../variance';

// Sheets "Variance" (every actual month m <= L) and "Variance annual" (every year): one row per
// period and figure, the forecast's figure as actual beside the plan's, difference = actual -
// plan and ratio = difference / |plan| ("" where plan is 0 or either is "") as formulas
// (MODEL.md, "Variance").

export const VARIANCE_HEADER = ['period', 'figure', 'actual', 'plan', 'difference', 'ratio'];

function writeRow(sheet: Worksheet, row: number, period: number, figure: string, actual: string, plan: string, cached: VarianceCell): void {
  sheet.getCell(row, 1).value = period;
  sheet.getCell(row, 2).value = figure;
  const [a, p, d] = [cellRef(row, 3), cellRef(row, 4), cellRef(row, 5)];
  setFormula(sheet, row, 3, actual, cached.actual ?? '');
  setFormula(sheet, row, 4, plan, cached.plan ?? '');
  setFormula(sheet, row, 5, `IF(OR(${a}="",${p}=""),"",${a}-${p})`, cached.difference ?? '');
  setFormula(sheet, row, 6, `IF(OR(${d}="",${p}=""),"",IF(${p}=0,"",${d}/ABS(${p})))`, cached.ratio ?? '');
  const format = figureFormat(figure);
  for (const col of [3, 4, 5]) sheet.getCell(row, col).numFmt = format;
  sheet.getCell(row, 6).numFmt = '0.0%';
}

function finish(sheet: Worksheet): void {
  fitColumns(sheet, VARIANCE_HEADER, 1, 14);
  sheet.getColumn(2).width = 24;
  freezeAndPrintTitles(sheet, 1, 2);
}

/** Fills the monthly Variance sheet: months 0..L, each monthly figure, over Forecast and Monthly. */
export function writeMonthlyVariance(sheet: Worksheet, forecast: MonthlyContext, plan: MonthlyContext, variance: Variance): void {
  writeHeader(sheet, 1, VARIANCE_HEADER);
  let row = 2;
  for (const entry of variance.months) {
    const m = entry.month;
    for (const key of [...MONTHLY_FLOWS, ...MONTHLY_KPIS]) {
      writeRow(sheet, row++, m, key, `${forecast.sheet}!${forecast.at(key, m)}`, `${MONTHLY}!${plan.at(key, m)}`, entry[key]);
    }
  }
  finish(sheet);
}

/** Fills the annual Variance sheet: every year and annual figure, over Forecast annual and Annual. */
export function writeAnnualVariance(sheet: Worksheet, forecastAnnual: string, forecastColumns: ReadonlyMap<string, number>, planColumns: ReadonlyMap<string, number>, variance: Variance): void {
  writeHeader(sheet, 1, VARIANCE_HEADER);
  let row = 2;
  variance.years.forEach((entry, y) => {
    for (const key of ANNUAL_FIGURES) {
      writeRow(sheet, row++, entry.year, key, sheetRef(quoted(forecastAnnual), annualRow(y), forecastColumns.get(key)!), sheetRef('Annual', annualRow(y), planColumns.get(key)!), entry[key]);
    }
  });
  finish(sheet);
}
