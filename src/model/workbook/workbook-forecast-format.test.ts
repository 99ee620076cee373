import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MONTHLY_FLOWS, MONTHLY_KPIS, type Scenario } from '../types';
import { actualScenarios } from './actual-scenarios';
import { exportScenario, loadXlsx } from './testing';

// With actuals, the workbook as a user opens it (read back with exceljs): the forecast's sheets
// after the plan's, Actuals as values (empty where a month does not give a figure), and every
// figure of Forecast, Forecast annual and the Variance sheets a formula.

const baseline = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Scenario;
// 3 actual months giving customers by plan, mrr and marketing spend.
const scenario = actualScenarios(baseline)[0]![1];
let book: ExcelJS.Workbook;
beforeAll(async () => { book = await loadXlsx((await exportScenario(scenario)).xlsx); });

const header = (sheet: ExcelJS.Worksheet) => Array.from((sheet.getRow(1).values as unknown[]).slice(1));
const isFormula = (v: ExcelJS.CellValue) => v !== null && typeof v === 'object' && 'formula' in v;
const formulaOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).formula;

describe('the live workbook with actuals', () => {
  it('has the forecast sheets, each with frozen headers', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Assumptions', 'Monthly', 'Annual', 'Targets', 'Summary', 'Actuals', 'Forecast', 'Forecast annual', 'Variance', 'Variance annual', 'Forecast cohorts', 'Cohorts']);
    for (const name of ['Actuals', 'Forecast', 'Forecast annual', 'Variance', 'Variance annual']) expect(book.getWorksheet(name)!.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('holds the actuals as values, empty where not given', () => {
    const sheet = book.getWorksheet('Actuals')!;
    const col = (key: string) => header(sheet).indexOf(key) + 1;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getCell(2, 1).value).toBe('2026-01');
    expect(sheet.getCell(4, col('mrr')).value).toBe(scenario.actuals![2]!.mrr);
    expect(sheet.getCell(3, col('customers_growth')).value).toBe(scenario.actuals![1]!.customersByPlan!.growth);
    expect(sheet.getCell(2, col('cash')).value).toBeNull();
    expect(sheet.getCell(2, col('nrr')).value).toBeNull();
  });

  it('makes every figure of Forecast, Forecast annual and the Variance sheets a formula, the actual months over Actuals', () => {
    const forecast = book.getWorksheet('Forecast')!;
    const names = header(forecast).slice(0, header(forecast).indexOf(undefined));
    expect(names.slice(0, 4)).toEqual(['month', 'year', 'actual', 'marketingSpend']);
    for (let r = 2; r <= 61; r++) {
      expect(forecast.getCell(r, 3).value).toBe(r <= 4 ? 1 : 0);
      for (let c = 4; c <= names.length; c++) expect(isFormula(forecast.getCell(r, c).value), `${names[c - 1]} row ${r}`).toBe(true);
    }
    const col = (key: string) => header(forecast).indexOf(key) + 1;
    expect(formulaOf(forecast.getCell(3, col('mrr')))).toMatch(/^IF\(Actuals!\$[A-Z]+\$3="",Monthly![A-Z]+3,Actuals!\$[A-Z]+\$3\)$/);
    expect(formulaOf(forecast.getCell(3, col('newMrr')))).toMatch(/^IF\(Actuals!\$[A-Z]+\$3="","",Actuals!\$[A-Z]+\$3\)$/);
    // After the last actual month, One month's formula as on Monthly.
    const monthly = book.getWorksheet('Monthly')!;
    expect(formulaOf(forecast.getCell(5, col('visitors')))).toMatch(/^[A-Z]+5\/Assumptions!\$[A-Z]+\$\d+$/);
    expect(formulaOf(monthly.getCell(5, header(monthly).indexOf('visitors') + 1))).toMatch(/^[A-Z]+5\/Assumptions!\$[A-Z]+\$\d+$/);
    for (const name of ['Forecast annual', 'Variance', 'Variance annual']) {
      const sheet = book.getWorksheet(name)!;
      const first = name === 'Forecast annual' ? 1 : 3;
      for (let r = 2; r <= sheet.rowCount; r++) for (let c = first; c <= header(sheet).length; c++) expect(isFormula(sheet.getCell(r, c).value), `${name} ${r} ${c}`).toBe(true);
    }
    // One row per actual month and monthly figure.
    expect(book.getWorksheet('Variance')!.rowCount).toBe(1 + 3 * (MONTHLY_FLOWS.length + MONTHLY_KPIS.length));
  });
});
