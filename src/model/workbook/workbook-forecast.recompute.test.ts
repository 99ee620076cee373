import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../parse-scenario';
import type { Scenario } from '../types';
import { actualScenarios, withRandomActuals } from './actual-scenarios';
import { randomScenarios } from './random-scenarios';
import { engineForecast, forecastDifferences } from './compare-forecast';
import { differences } from './compare';
import { assumptionCell, changeScenario, engineOutput, exportScenario, loadXlsx, recompute, staleCaches } from './testing';

// With actuals, the live workbook's Forecast, Forecast annual, Variance and Variance annual sheets
// recomputed by HyperFormula give the engine's forecast and variance (projectForecast,
// computeVariance) for every month, year and figure, for hand-built actuals on the baseline and
// random scenarios given actuals from their own plan; then an assumption cell and an Actuals cell
// are changed in the workbook and it gives the changed scenario's forecast and variance.

/** The Actuals cell of a column key in actual month m (1-based row and column). */
function actualsCell(header: readonly unknown[], key: string, m: number): { row: number; col: number } {
  const col = header.indexOf(key);
  if (col < 0) throw new Error(`Actuals has no column ${key}`);
  return { row: m + 2, col: col + 1 };
}

const baseline = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Scenario;

describe('the live workbook with actuals recomputed by HyperFormula', () => {
  it.each([...actualScenarios(baseline), ...withRandomActuals(randomScenarios(8))])('%s: gives the engine forecast and variance, and follows changed assumption and actual cells', async (_, input) => {
    const { output, xlsx, scenario, book: written } = await exportScenario(input);
    const book = await loadXlsx(xlsx);
    const sheet = recompute(book);
    let tables = sheet.tables();
    expect(differences(tables, output)).toEqual([]);
    expect(forecastDifferences(tables, engineForecast(scenario))).toEqual([]);
    // The cached results, Forecast and Variance included, are what a recomputation gives.
    expect(staleCaches(written, tables)).toEqual([]);

    // An assumption the plan's actual months read (this year's budget) and one of the projected months.
    let changed: Scenario = scenario;
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error('the scenario must be valid');
    for (const change of [{ key: 'marketingBudget', y: 0, value: parsed.values.drivers.marketingBudget[0]! * 1.4 + 1000 }, { key: `churn_${scenario.plans[0]!.id}`, y: 1, value: 0.01 }]) {
      const { row, col } = assumptionCell(book, change.key, change.y);
      sheet.set('Assumptions', row, col, change.value);
      changed = changeScenario(changed, change);
    }
    tables = sheet.tables();
    expect(differences(tables, engineOutput(changed))).toEqual([]);
    expect(forecastDifferences(tables, engineForecast(changed))).toEqual([]);

    // The last actual month's mrr (given or not) and an earlier month's operating expenses, typed in.
    const L = scenario.actuals!.length - 1;
    const actuals = structuredClone(changed.actuals!);
    actuals[L]!.mrr = 123_456;
    actuals[0]!.operatingExpenses = 77_000;
    const header = tables.Actuals![0]!;
    for (const [key, m, value] of [['mrr', L, 123_456], ['operatingExpenses', 0, 77_000]] as const) {
      const { row, col } = actualsCell(header, key, m);
      sheet.set('Actuals', row, col, value);
    }
    changed = { ...changed, actuals };
    tables = sheet.tables();
    expect(forecastDifferences(tables, engineForecast(changed))).toEqual([]);
  });
});
