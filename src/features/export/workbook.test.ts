import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { project } from '../../model/engine';
import { parseScenario } from '../../model/parse-scenario';
import { fillWorkbook } from './workbook';

describe('the workbook', () => {
  it('holds Assumptions, Monthly and Annual with the engine figures, and survives a round trip', async () => {
    const json: unknown = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8'));
    const parsed = parseScenario(json);
    if (!parsed.ok) throw new Error('baseline does not parse');
    const projection = project(parsed.values);
    const book = new ExcelJS.Workbook();
    fillWorkbook(book, { scenario: parsed.scenario, values: parsed.values, projection });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await book.xlsx.writeBuffer());
    expect(back.worksheets.map((s) => s.name)).toEqual(['Assumptions', 'Monthly', 'Annual']);

    const monthly = back.getWorksheet('Monthly')!;
    expect(monthly.rowCount).toBe(61);
    const head = (monthly.getRow(1).values as unknown[]).slice(1);
    expect(head.slice(0, 4)).toEqual(['month', 'year', 'marketingSpend', 'visitors']);
    const mrr = head.indexOf('mrr') + 1;
    expect(monthly.getRow(2).getCell(mrr).value).toBeCloseTo(1950, 9);
    expect(monthly.getRow(61).getCell(mrr).value).toBe(projection.monthly.mrr[59]);

    const annual = back.getWorksheet('Annual')!;
    const keys = (annual.getRow(1).values as unknown[]).slice(1);
    const arr = keys.indexOf('arr') + 1;
    expect(annual.getRow(6).getCell(1).value).toBe(2030);
    expect(annual.getRow(6).getCell(arr).value).toBe(projection.years[4]!.arr);

    const assumptions = back.getWorksheet('Assumptions')!;
    const rows = assumptions.getSheetValues() as unknown[][];
    const churn = rows.find((r) => r?.[2] === 'churn_starter')!;
    expect(churn.slice(3)).toEqual([0.04, 0.035, 0.03, 0.0275, 0.025]);
  });
});
