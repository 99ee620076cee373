// Shared by the workbook tests (not shipped): a scenario's forecast and variance from the engine,
// and every difference between them and a recomputed workbook's Forecast and Variance sheets.
import { project } from '../engine';
import { projectForecast } from '../forecast';
import { monthRecord, type ProjectionOutput } from '../output';
import { parseScenario } from '../parse-scenario';
import { MONTHS, type Scenario } from '../types';
import { computeVariance, type Variance, type VarianceCell } from '../variance';
import { differences, same } from './compare';
import type { Table } from './testing';

export interface ForecastEngine { forecast: ProjectionOutput; variance: Variance }

/** The engine's forecast (as the Forecast sheets' columns) and variance of a valid scenario with actuals. */
export function engineForecast(scenario: Scenario): ForecastEngine {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  const plan = project(parsed.values);
  const f = projectForecast(parsed.values, parsed.scenario.actuals ?? [], plan);
  const forecast = { months: Array.from({ length: MONTHS }, (_, m) => monthRecord(f, m)), years: f.years, targets: [], summary: f.summary } as unknown as ProjectionOutput;
  return { forecast, variance: computeVariance(plan, f) };
}

const magnitude = (c: VarianceCell) => Math.max(Math.abs(c.actual ?? 0), Math.abs(c.plan ?? 0));

/** Every difference of the Forecast, Forecast annual, Variance and Variance annual sheets from the engine. */
export function forecastDifferences(tables: Record<string, Table>, engine: ForecastEngine): string[] {
  const out = differences(tables, engine.forecast, { monthly: 'Forecast', annual: 'Forecast annual' });
  const check = (where: string, cell: unknown, value: number | null, scale: number) => {
    if (!same(cell, value, scale)) out.push(`${where}: workbook ${JSON.stringify(cell)}, engine ${value}`);
  };
  const compare = (sheet: string, rows: { period: number; cells: [string, VarianceCell][] }[]) => {
    const table = tables[sheet]!;
    // The scale of a figure: its largest actual or plan over the periods (a difference of two
    // large figures is exact only to their size); a ratio's, that over the period's |plan|.
    const scales = new Map<string, number>();
    for (const r of rows) for (const [key, c] of r.cells) scales.set(key, Math.max(scales.get(key) ?? 0, magnitude(c)));
    let row = 1;
    for (const r of rows) {
      for (const [key, c] of r.cells) {
        const line = table[row++] ?? [];
        const where = `${sheet} ${r.period} ${key}`;
        if (line[0] !== r.period || line[1] !== key) { out.push(`${where}: row ${row} is ${line[0]} ${line[1]}`); continue; }
        const scale = scales.get(key)!;
        check(`${where} actual`, line[2], c.actual, scale);
        check(`${where} plan`, line[3], c.plan, scale);
        check(`${where} difference`, line[4], c.difference, scale);
        check(`${where} ratio`, line[5], c.ratio, c.plan ? scale / Math.abs(c.plan) : 0);
      }
    }
  };
  const cellsOf = (entry: object) => Object.entries(entry).filter(([k]) => k !== 'month' && k !== 'year') as [string, VarianceCell][];
  compare('Variance', engine.variance.months.map((e) => ({ period: e.month, cells: cellsOf(e) })));
  compare('Variance annual', engine.variance.years.map((e) => ({ period: e.year, cells: cellsOf(e) })));
  return out;
}
