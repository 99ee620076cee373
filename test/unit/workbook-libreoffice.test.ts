import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parse-scenario';
import type { Scenario } from '../../src/model/types';
import { differences } from '../../src/model/workbook/compare';
import { randomScenarios } from '../../src/model/workbook/random-scenarios';
import { assumptionCell, changeScenario, engineOutput, exportScenario, loadXlsx, type CellChange, type Table } from '../../src/model/workbook/testing';
import { convertAll, readCsv, requireSoffice } from '../support/libreoffice';

// CI recomputes exported workbooks in LibreOffice (issue 19): every shipped scenario and a dozen
// random valid ones, as exported and after assumption cells are changed in the file (whose cached
// results are then the old scenario's, so only a recomputation can match). One soffice run
// converts every file; each comparison covers every month, year, target and the summary.

const SHEETS = ['Monthly', 'Annual', 'Targets', 'Summary'];
const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`scenarios/${f}`, 'utf8')) as Scenario);
const scenarios = [...shipped, ...randomScenarios(12, 40)];
let dir = '';
const expected = new Map<string, ReturnType<typeof engineOutput>>();

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
  convertAll(dir, names);
}, 600_000);

afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

function tablesOf(name: string): Record<string, Table> {
  return Object.fromEntries(SHEETS.map((sheet) => [sheet, readCsv(join(dir, 'out', `${name}-${sheet}.csv`))]));
}

describe('the live workbook recomputed by LibreOffice', () => {
  it.each(scenarios.map((s, k) => [`s${k}`, s.name, s.plans.length] as const))('%s (%s, %i plans): the engine figures, as exported and after changing assumption cells', (name) => {
    expect(differences(tablesOf(name), expected.get(name)!)).toEqual([]);
    expect(differences(tablesOf(`${name}-changed`), expected.get(`${name}-changed`)!)).toEqual([]);
  });
});
