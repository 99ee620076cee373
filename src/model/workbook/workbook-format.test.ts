import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../types';
import { exportScenario, loadXlsx } from './testing';

// The workbook as a user opens it (read back with exceljs): sheets, frozen headers, print titles,
// number formats by unit, inputs in blue, and every figure of Monthly and Annual a formula.

const load = async (file: string) => loadXlsx((await exportScenario(JSON.parse(readFileSync(file, 'utf8')) as Scenario)).xlsx);
let baseline: ExcelJS.Workbook;
let conservative: ExcelJS.Workbook;
beforeAll(async () => {
  baseline = await load('scenarios/crm-baseline.json');
  conservative = await load('scenarios/crm-conservative.json');
});

const header = (sheet: ExcelJS.Worksheet, row = 1) => Array.from((sheet.getRow(row).values as unknown[]).slice(1));
const rowOf = (sheet: ExcelJS.Worksheet, key: string) => {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 2).value === key) return r;
  throw new Error(`no row ${key}`);
};
const isFormula = (v: ExcelJS.CellValue) => v !== null && typeof v === 'object' && 'formula' in v;

describe('the live workbook', () => {
  it('has the model sheets, each with frozen headers and print titles', () => {
    expect(baseline.worksheets.map((s) => s.name)).toEqual(['Assumptions', 'Monthly', 'Annual', 'Targets', 'Summary', 'Cohorts']);
    const frozen = Object.fromEntries(baseline.worksheets.map((s) => [s.name, s.views[0]]));
    expect(frozen.Assumptions).toMatchObject({ state: 'frozen', ySplit: 7, xSplit: 2 });
    expect(frozen.Monthly).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(frozen.Annual).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(frozen.Targets).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(baseline.getWorksheet('Monthly')!.pageSetup.printTitlesRow).toBe('1:1');
    expect(baseline.getWorksheet('Assumptions')!.pageSetup.printTitlesRow).toBe('1:7');
    expect(baseline.getWorksheet('Monthly')!.getColumn(3).width).toBeGreaterThanOrEqual(12);
  });

  it('makes every figure cell of Monthly and Annual a formula, none a bare number', () => {
    const monthly = baseline.getWorksheet('Monthly')!;
    // The CSV's columns, up to the blank column before the helpers.
    const names = header(monthly).slice(0, header(monthly).indexOf(undefined));
    expect(names.at(-1)).toBe('customers_pro');
    expect(names.slice(0, 3)).toEqual(['month', 'year', 'marketingSpend']);
    let figures = 0;
    for (let r = 2; r <= 61; r++) {
      expect(monthly.getCell(r, 1).value).toBe(r - 2);
      for (let c = 2; c <= names.length; c++, figures++) expect(isFormula(monthly.getCell(r, c).value), `${names[c - 1]} row ${r}`).toBe(true);
    }
    expect(figures).toBe(60 * (names.length - 1));
    const annual = baseline.getWorksheet('Annual')!;
    const keys = header(annual);
    expect(keys).toContain('ruleOf40');
    for (let r = 2; r <= 6; r++) for (let c = 1; c <= keys.length; c++) expect(isFormula(annual.getCell(r, c).value), `${keys[c - 1]} row ${r}`).toBe(true);
  });

  it('formats each figure by its unit: money whole, per-customer money with cents, rates as percentages, multiples with x', () => {
    const monthly = baseline.getWorksheet('Monthly')!;
    const col = (key: string) => header(monthly).indexOf(key) + 1;
    const format = (key: string) => monthly.getCell(30, col(key)).numFmt;
    expect(format('mrr')).toBe('#,##0');
    expect(format('cash')).toBe('#,##0');
    expect(format('arpu')).toBe('#,##0.00');
    expect(format('grossMargin')).toBe('0.0%');
    expect(format('ltvToCac')).toBe('0.00"x"');
    expect(format('cacPaybackMonths')).toBe('0.0');
    const annual = baseline.getWorksheet('Annual')!;
    expect(annual.getCell(3, header(annual).indexOf('burnMultiple') + 1).numFmt).toBe('0.00"x"');
    expect(annual.getCell(3, header(annual).indexOf('revenueGrowth') + 1).numFmt).toBe('0.0%');
  });

  it('lays out Assumptions by key and year: inputs as blue numbers, formula cells as Excel formulas', () => {
    const sheet = conservative.getWorksheet('Assumptions')!;
    expect(header(sheet, 7).slice(0, 2)).toEqual(['Assumption', 'key']);
    expect([3, 4, 5, 6, 7].map((c) => (sheet.getCell(7, c).value as ExcelJS.CellFormulaValue).result)).toEqual([2026, 2027, 2028, 2029, 2030]);
    const budget = rowOf(sheet, 'marketingBudget');
    expect(sheet.getCell(budget, 3).value).toBe(200000);
    expect(sheet.getCell(budget, 3).font.color?.argb).toBe('FF0000FF');
    expect(sheet.getCell(budget, 3).numFmt).toBe('#,##0');
    // `=prev * 1.6` in 2027: the cell to the left.
    expect(sheet.getCell(budget, 4).value).toEqual({ formula: `C${budget}*1.6`, result: 320000 });
    // `=1 - mix_growth - mix_pro` in 2026: those rows' cells of the same year.
    const mix = rowOf(sheet, 'mix_starter');
    expect((sheet.getCell(mix, 3).value as ExcelJS.CellFormulaValue).formula).toBe(`1-C${rowOf(sheet, 'mix_growth')}-C${rowOf(sheet, 'mix_pro')}`);
    expect(sheet.getCell(mix, 3).numFmt).toBe('0.00%');
    // `=max(prev - 0.0025, 0.03)`
    expect((sheet.getCell(rowOf(sheet, 'churn_starter'), 5).value as ExcelJS.CellFormulaValue).formula).toBe(`MAX(D${rowOf(sheet, 'churn_starter')}-0.0025,0.03)`);
    expect(sheet.getCell(rowOf(sheet, 'initialCustomers_pro'), 3).value).toBe(0);
    expect(sheet.getCell(rowOf(sheet, 'startingCash'), 3).value).toBe(2000000);
  });
});
