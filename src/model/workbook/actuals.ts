import type { Worksheet } from 'exceljs';
import { sheetRef } from './a1';
import { figureFormat } from './formats';
import { MONTHLY, type MonthlyContext } from './monthly-context';
import { fitColumns, freezeAndPrintTitles, writeHeader } from './sheet-style';
import { ACTUAL_FIGURES, type ActualMonth } from '../types';

// Sheet "Actuals": what really happened, as values (one row per actual month, one column per
// actual figure, customers by plan one column each, empty where the entry does not give it), and
// the rewriting of the Forecast sheet's actual months over it (MODEL.md, "Actuals and the forecast").

export const ACTUALS = 'Actuals';
const BRIDGE = new Set(['newMrr', 'expansionMrr', 'contractionMrr', 'churnedMrr']);
/** The figures that are the actual where given, else the plan's. */
const FROM_PLAN = new Set(['marketingSpend', 'visitors', 'trials', 'newCustomers', 'churnedCustomers', 'mrr', 'cogs', 'salesMarketingOverhead', 'operatingExpenses']);

/** Fills the Actuals sheet; returns the absolute cell of a column key in actual month m. */
export function writeActuals(sheet: Worksheet, actuals: readonly ActualMonth[], planIds: readonly string[]): (key: string, m: number) => string {
  const keys = [...ACTUAL_FIGURES, ...planIds.map((id) => `customers_${id}`)];
  writeHeader(sheet, 1, ['month', 'monthIndex', ...keys]);
  const columnOf = new Map(keys.map((k, i) => [k, 3 + i]));
  actuals.forEach((a, m) => {
    const row = m + 2;
    sheet.getCell(row, 1).value = a.month;
    sheet.getCell(row, 2).value = m;
    for (const key of ACTUAL_FIGURES) {
      const v = a[key];
      if (v !== undefined) sheet.getCell(row, columnOf.get(key)!).value = v;
    }
    planIds.forEach((id) => {
      const v = a.customersByPlan?.[id];
      if (v !== undefined) sheet.getCell(row, columnOf.get(`customers_${id}`)!).value = v;
    });
  });
  keys.forEach((key, i) => {
    const format = key.startsWith('customers_') ? figureFormat('customers') : figureFormat(key);
    sheet.getColumn(3 + i).numFmt = format;
  });
  // Actuals are inputs: blue, as on Assumptions.
  for (let i = 0; i < keys.length; i++) sheet.getColumn(3 + i).font = { color: { argb: 'FF0000FF' } };
  fitColumns(sheet, ['month', 'monthIndex', ...keys], 1, 12);
  freezeAndPrintTitles(sheet, 1, 1);
  return (key, m) => sheetRef(ACTUALS, m + 2, columnOf.get(key)!);
}

/**
 * A Forecast formula in actual month m: the actual where given, else the plan's (Monthly's) for
 * the funnel, customers by plan, mrr, cogs and overheads; the MRR bridge the actual or ""; cash
 * and nrr the actual or One month's rule; startMrr last month's forecast mrr; quickRatio "" where
 * a bridge term is; every other figure One month's formula on the forecast's cells.
 */
export function actualMonthFormula(plan: MonthlyContext, actual: (key: string, m: number) => string) {
  return (ctx: MonthlyContext, key: string, m: number, formula: string): string => {
    if (FROM_PLAN.has(key) || key.startsWith('customers_')) return `IF(${actual(key, m)}="",${MONTHLY}!${plan.at(key, m)},${actual(key, m)})`;
    if (BRIDGE.has(key)) return `IF(${actual(key, m)}="","",${actual(key, m)})`;
    if (key === 'cash' || key === 'nrr') return `IF(${actual(key, m)}="",${formula},${actual(key, m)})`;
    if (key === 'startMrr' && m > 0) return ctx.at('mrr', m - 1);
    if (key === 'quickRatio') return `IF(OR(${[...BRIDGE].map((k) => `${ctx.at(k, m)}=""`).join(',')}),"",${formula})`;
    return formula;
  };
}
