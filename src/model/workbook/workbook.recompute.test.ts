import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../parse-scenario';
import type { Scenario } from '../types';
import { differences } from './compare';
import { engineForecast, forecastDifferences } from './compare-forecast';
import { randomScenarios } from './random-scenarios';
import { assumptionCell, changeScenario, engineOutput, exportScenario, loadXlsx, recompute, staleCaches, type CellChange } from './testing';

// The live workbook recomputed by a spreadsheet engine (HyperFormula) gives the engine's figures:
// every month, year, target and the summary, for every shipped scenario and random valid ones;
// then assumption cells are changed in the workbook and it gives the changed scenario's figures.

const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(`scenarios/${f}`, 'utf8')) as Scenario] as const);
const random = randomScenarios(24).map((s, k) => [`random #${k} (${s.plans.length} plans)`, s] as const);

/** Cells to change: the funnel's budget, the first plan's churn, the top plan's price, the starting cash. */
function changesFor(scenario: Scenario): CellChange[] {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error('the scenario must be valid');
  const { values } = parsed;
  const first = values.plans[0]!;
  const top = values.plans[values.plans.length - 1]!;
  return [
    { key: 'marketingBudget', y: 2, value: values.drivers.marketingBudget[2]! * 1.5 + 1000 },
    { key: `churn_${first.id}`, y: 1, value: first.churn[1]! * 0.5 },
    { key: `price_${top.id}`, y: 3, value: top.price[3]! * 1.2 + 1 },
    { key: 'startingCash', y: 0, value: values.startingCash - 500_000 },
  ];
}

describe('the live workbook recomputed by HyperFormula', () => {
  it.each([...shipped, ...random])('%s: gives the engine figures, and follows changed assumption cells', async (_, input) => {
    const { output, xlsx, scenario, book: written } = await exportScenario(input);
    const book = await loadXlsx(xlsx);
    const sheet = recompute(book);
    const tables = sheet.tables();
    expect(differences(tables, output)).toEqual([]);
    // A shipped scenario with actuals: its forecast and variance too.
    if (scenario.actuals?.length) expect(forecastDifferences(tables, engineForecast(scenario))).toEqual([]);
    // The cached results as written (exceljs reads a cached 0 or "" back as no result).
    expect(staleCaches(written, tables)).toEqual([]);

    let changed = scenario;
    for (const change of changesFor(scenario)) {
      const { row, col } = assumptionCell(book, change.key, change.y);
      sheet.set('Assumptions', row, col, change.value);
      changed = changeScenario(changed, change);
      expect(differences(sheet.tables(), engineOutput(changed)), `after ${change.key} ${change.y} = ${change.value}`).toEqual([]);
    }
  });
});
