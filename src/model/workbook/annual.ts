import type { Worksheet } from 'exceljs';
import { cellRef } from './a1';
import type { AssumptionRefs } from './assumptions';
import { figureFormat } from './formats';
import type { MonthlyContext } from './monthly-context';
import { fitColumns, freezeAndPrintTitles, noteHeaders, setFormula, writeHeader } from './sheet-style';
import { YEARS, type YearFigures } from '../types';

// Sheet "Annual": one row a year, the annual CSV's columns, each a formula over Monthly
// (MODEL.md, "One year"): sums over the year's months, ratios of those sums, December's stocks.

export const ANNUAL = 'Annual';
export const annualRow = (y: number): number => y + 2;

/** Fills the Annual sheet; returns the column of each annual figure. */
export function writeAnnual(sheet: Worksheet, ctx: MonthlyContext, assumptions: AssumptionRefs): Map<string, number> {
  // A forecast's years also have actualMonths.
  const years = ctx.projection.years as (YearFigures & { actualMonths?: number })[];
  const keys = Object.keys(years[0]!) as (keyof typeof years[0] & string)[];
  const columnOf = new Map(keys.map((k, i) => [k as string, i + 1]));
  writeHeader(sheet, 1, keys);
  noteHeaders(sheet, 1, keys);
  for (let y = 0; y < YEARS; y++) {
    const row = annualRow(y);
    const own = (key: string) => {
      const col = columnOf.get(key);
      if (col === undefined) throw new Error(`Annual has no column ${key}`);
      return cellRef(row, col);
    };
    const sum = (key: string) => `SUM(${ctx.sheet}!${ctx.at(key, 12 * y)}:${ctx.at(key, 12 * y + 11)})`;
    const december = (key: string) => `${ctx.sheet}!${ctx.at(key, 12 * y + 11)}`;
    const blankIf = (condition: string, value: string) => `IF(${condition},"",${value})`;
    const formulas: Record<string, () => string> = {
      year: () => assumptions.year(y),
      grossMargin: () => blankIf(`${own('revenue')}=0`, `${own('grossProfit')}/${own('revenue')}`),
      cac: () => blankIf(`${own('newCustomers')}=0`, `${own('marketingSpend')}/${own('newCustomers')}`),
      fullyLoadedCac: () => blankIf(`${own('newCustomers')}=0`, `(${own('marketingSpend')}+${own('salesMarketingOverhead')})/${own('newCustomers')}`),
      arpu: () => blankIf(`${sum('customers')}=0`, `${own('revenue')}/${sum('customers')}`),
      cacPaybackMonths: () => blankIf(`OR(${own('cac')}="",${own('arpu')}="",${own('grossMargin')}="")`,
        blankIf(`${own('arpu')}*${own('grossMargin')}<=0`, `${own('cac')}/(${own('arpu')}*${own('grossMargin')})`)),
      arr: () => `12*${own('endingMrr')}`,
      revenueGrowth: () => (y === 0 ? '""' : blankIf(`${cellRef(row - 1, columnOf.get('revenue')!)}=0`, `${own('revenue')}/${cellRef(row - 1, columnOf.get('revenue')!)}-1`)),
      ebitdaMargin: () => blankIf(`${own('revenue')}=0`, `${own('ebitda')}/${own('revenue')}`),
      ruleOf40: () => blankIf(`OR(${own('revenueGrowth')}="",${own('ebitdaMargin')}="")`, `${own('revenueGrowth')}+${own('ebitdaMargin')}`),
      // prevArr of the first year: 12 x the initial customers at the first year's prices (month 0's starting mrr).
      netNewArr: () => `${own('arr')}-${y === 0 ? `12*${ctx.sheet}!${ctx.at('startMrr', 0)}` : cellRef(row - 1, columnOf.get('arr')!)}`,
      burnMultiple: () => `IF(AND(${own('ebitda')}<0,${own('netNewArr')}>0),-${own('ebitda')}/${own('netNewArr')},"")`,
      magicNumber: () => blankIf(`${own('marketingSpend')}+${own('salesMarketingOverhead')}=0`, `${own('netNewArr')}/(${own('marketingSpend')}+${own('salesMarketingOverhead')})`),
    };
    // A forecast year's actual months: the Forecast sheet's `actual` flags (1 or 0) of its months.
    formulas.actualMonths = () => sum('actual');
    for (const key of ['revenue', 'cogs', 'grossProfit', 'marketingSpend', 'salesMarketingOverhead', 'operatingExpenses', 'ebitda', 'visitors', 'trials', 'newCustomers', 'financing']) {
      formulas[key] = () => sum(key);
    }
    for (const [key, from] of [['nrr', 'nrr'], ['endingMrr', 'mrr'], ['endingCustomers', 'customers'], ['endingCash', 'cash'], ['ltv', 'ltv'], ['ltvToCac', 'ltvToCac'], ['runwayMonths', 'runwayMonths']] as const) {
      formulas[key] = () => december(from);
    }
    for (const key of keys) {
      const formula = formulas[key];
      if (!formula) throw new Error(`the workbook has no formula for the annual figure ${key}`);
      setFormula(sheet, row, columnOf.get(key)!, formula(), years[y]![key] ?? '');
      if (key !== 'year' && key !== 'actualMonths') sheet.getCell(row, columnOf.get(key)!).numFmt = figureFormat(key);
    }
  }
  fitColumns(sheet, keys, 1, 12);
  freezeAndPrintTitles(sheet, 1, 1);
  return columnOf;
}
