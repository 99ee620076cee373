import type { Worksheet } from 'exceljs';
import type { MonthlyContext } from './monthly-context';
import { SUMMARY_ENTRIES } from '../catalogue-annual';
import { FORMATS } from './formats';
import { MONTHS } from '../types';
import { fitColumns, freezeAndPrintTitles, setFormula, writeHeader } from './sheet-style';

// Sheet "Summary": the whole projection (MODEL.md): break-even month, lowest cash and its month,
// cash-out month, as formulas over Monthly. Months are the index m (0 = January of startYear).

/** Fills the Summary sheet. */
export function writeSummary(sheet: Worksheet, ctx: MonthlyContext): void {
  const { summary } = ctx.projection;
  const last = MONTHS - 1;
  const monthly = (key: string, m: number) => `${ctx.sheet}!${ctx.at(key, m)}`;
  const cash = `${ctx.sheet}!${ctx.at('cash', 0)}:${ctx.at('cash', last)}`.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  const rows: [string, string, string, number | null, string][] = [
    [SUMMARY_ENTRIES.breakEvenMonth.label, 'breakEvenMonth', `IF(${monthly('lastLossMonth', last)}=${last},"",${monthly('lastLossMonth', last)}+1)`, summary.breakEvenMonth, FORMATS.month],
    [SUMMARY_ENTRIES.lowestCash.label, 'lowestCash', `MIN(${cash})`, summary.lowestCash, FORMATS.money],
    [SUMMARY_ENTRIES.lowestCashMonth.label, 'lowestCashMonth', `MATCH(C3,${cash},0)-1`, summary.lowestCashMonth, FORMATS.month],
    [SUMMARY_ENTRIES.cashOutMonth.label, 'cashOutMonth', `${monthly('cashOutMonth', last)}`, summary.cashOutMonth, FORMATS.month],
  ];
  writeHeader(sheet, 1, ['figure', 'key', 'value']);
  rows.forEach(([label, key, formula, value, format], k) => {
    sheet.getRow(k + 2).values = [label, key];
    sheet.getCell(k + 2, 1).note = SUMMARY_ENTRIES[key as keyof typeof SUMMARY_ENTRIES].formula;
    setFormula(sheet, k + 2, 3, formula, value ?? '');
    sheet.getCell(k + 2, 3).numFmt = format;
  });
  fitColumns(sheet, ['Lowest cash month', 'lowestCashMonth', 'value'], 1, 16);
  freezeAndPrintTitles(sheet, 1, 0);
}
