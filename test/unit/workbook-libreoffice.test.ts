import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parse-scenario';
import type { Scenario } from '../../src/model/types';
import { actualScenarios } from '../../src/model/workbook/actual-scenarios';
import { differences } from '../../src/model/workbook/compare';
import { engineForecast, forecastDifferences, type ForecastEngine } from '../../src/model/workbook/compare-forecast';
import { randomScenarios } from '../../src/model/workbook/random-scenarios';
import { assumptionCell, changeScenario, engineOutput, exportScenario, loadXlsx, type CellChange, type Table } from '../../src/model/workbook/testing';
import { convertAll, readCsv, requireSoffice } from '../support/libreoffice';

// CI recomputes exported workbooks in LibreOffice (issue 19): every shipped scenario and a dozen
// random valid ones, as exported and after assumption cells are changed in the file (whose cached
// results are then the old scenario's, so only a recomputation can match). One soffice run
// converts every file; each comparison covers every month, year, target and the summary.

const SHEETS = ['Monthly', 'Annual', 'Targets', 'Summary'];
const FORECAST_SHEETS = ['Forecast', 'Forecast annual', 'Variance', 'Variance annual'];
const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`scenarios/${f}`, 'utf8')) as Scenario);
const scenarios = [...shipped, ...randomScenarios(12, 40)];
let dir = '';
const expected = new Map<string, ReturnType<typeof engineOutput>>();
// One scenario with actuals (12 months: customers by plan, mrr, some cash, nrr, the MRR bridge),
// as exported and after an assumption cell and an Actuals cell are changed in the file.
const [actualName, withActuals] = actualScenarios(JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Scenario).at(-1)!;
const expectedForecast = new Map<string, ForecastEngine>();

/** The budget of year 2 and the top plan's price of year 3, changed in the file. */
function changesFor(scenario: Scenario): CellChange[] {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error('the scenario must be valid');
  const top = parsed.values.plans[parsed.values.plans.length - 1]!;
  return [
    { key: 'marketingBudget', y: 2, value: parsed.values.drivers.marketingBudget[2]! * 1.5 + 1000 },
    { key: `price_${top.id}`, y: 3, value: top.price[3]! * 1.2 + 1 },
  ];
}

beforeAll(async () => {
  requireSoffice();
  dir = mkdtempSync(join(tmpdir(), 'trajectory-lo-'));
  const names: string[] = [];
  for (const [k, input] of scenarios.entries()) {
    const { output, xlsx, scenario } = await exportScenario(input);
    writeFileSync(join(dir, `s${k}.xlsx`), xlsx);
    expected.set(`s${k}`, output);
    const book = await loadXlsx(xlsx);
    let changed = scenario;
    for (const change of changesFor(scenario)) {
      const { row, col } = assumptionCell(book, change.key, change.y);
      book.getWorksheet('Assumptions')!.getCell(row, col).value = change.value;
      changed = changeScenario(changed, change);
    }
    writeFileSync(join(dir, `s${k}-changed.xlsx`), new Uint8Array(await book.xlsx.writeBuffer()));
    expected.set(`s${k}-changed`, engineOutput(changed));
    names.push(`s${k}`, `s${k}-changed`);
  }
  const { xlsx } = await exportScenario(withActuals);
  writeFileSync(join(dir, 'a0.xlsx'), xlsx);
  expected.set('a0', engineOutput(withActuals));
  expectedForecast.set('a0', engineForecast(withActuals));
  const book = await loadXlsx(xlsx);
  const { row, col } = assumptionCell(book, 'marketingBudget', 0);
  book.getWorksheet('Assumptions')!.getCell(row, col).value = 300_000;
  const L = withActuals.actuals!.length - 1;
  const actuals = book.getWorksheet('Actuals')!;
  const mrrCol = (actuals.getRow(1).values as unknown[]).indexOf('mrr');
  actuals.getCell(L + 2, mrrCol).value = 123_456;
  writeFileSync(join(dir, 'a0-changed.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()));
  const changed = changeScenario(withActuals, { key: 'marketingBudget', y: 0, value: 300_000 });
  changed.actuals![L]!.mrr = 123_456;
  expected.set('a0-changed', engineOutput(changed));
  expectedForecast.set('a0-changed', engineForecast(changed));
  names.push('a0', 'a0-changed');
  convertAll(dir, names);
}, 600_000);

afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

function tablesOf(name: string, sheets = SHEETS): Record<string, Table> {
  return Object.fromEntries(sheets.map((sheet) => [sheet, readCsv(join(dir, 'out', `${name}-${sheet}.csv`))]));
}

describe('the live workbook recomputed by LibreOffice', () => {
  it.each(scenarios.map((s, k) => [`s${k}`, s.name, s.plans.length] as const))('%s (%s, %i plans): the engine figures, as exported and after changing assumption cells', (name) => {
    expect(differences(tablesOf(name), expected.get(name)!)).toEqual([]);
    expect(differences(tablesOf(`${name}-changed`), expected.get(`${name}-changed`)!)).toEqual([]);
  });
  it(`a0 (${actualName}): the engine forecast and variance, as exported and after changing an assumption and an Actuals cell`, () => {
    for (const name of ['a0', 'a0-changed']) {
      const tables = tablesOf(name, [...SHEETS, ...FORECAST_SHEETS]);
      expect(differences(tables, expected.get(name)!), name).toEqual([]);
      expect(forecastDifferences(tables, expectedForecast.get(name)!), name).toEqual([]);
    }
  });
});
