import type { Worksheet } from 'exceljs';
import { MONTHLY, type MonthlyContext } from './monthly-context';
import { FORMATS } from './formats';
import { MONTHS } from '../types';
import { fitColumns, freezeAndPrintTitles, setFormula, writeHeader } from './sheet-style';

// Sheet "Summary": the whole projection (MODEL.md): break-even month, lowest cash and its month,
// cash-out month, as formulas over Monthly. Months are the index m (0 = January of startYear).

/** Fills the Summary sheet. */
export function writeSummary(sheet: Worksheet, ctx: MonthlyContext): void {
  const { summary } = ctx.projection;
  const last = MONTHS - 1;
  const monthly = (key: string, m: number) => `${MONTHLY}!${ctx.at(key, m)}`;
  const cash = `${MONTHLY}!${ctx.at('cash', 0)}:${ctx.at('cash', last)}`.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  const rows: [string, string, string, number | null, string][] = [
    ['Break-even month', 'breakEvenMonth', `IF(${monthly('lastLossMonth', last)}=${last},"",${monthly('lastLossMonth', last)}+1)`, summary.breakEvenMonth, FORMATS.month],
    ['Lowest cash', 'lowestCash', `MIN(${cash})`, summary.lowestCash, FORMATS.money],
    ['Month of the lowest cash', 'lowestCashMonth', `MATCH(C3,${cash},0)-1`, summary.lowestCashMonth, FORMATS.month],
    ['Cash-out month', 'cashOutMonth', `${monthly('cashOutMonth', last)}`, summary.cashOutMonth, FORMATS.month],
  ];
  writeHeader(sheet, 1, ['figure', 'key', 'value']);
  rows.forEach(([label, key, formula, value, format], k) => {
    sheet.getRow(k + 2).values = [label, key];
    setFormula(sheet, k + 2, 3, formula, value ?? '');
    sheet.getCell(k + 2, 3).numFmt = format;
  });
  fitColumns(sheet, ['Month of the lowest cash', 'lowestCashMonth', 'value'], 1, 14);
  freezeAndPrintTitles(sheet, 1, 0);
}
