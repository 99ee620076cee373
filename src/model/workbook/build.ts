import type { Workbook } from 'exceljs';
import { projectForecast } from '../forecast';
import { evaluateTargets } from '../targets';
import type { Projection, Scenario, ScenarioValues } from '../types';
import { computeVariance } from '../variance';
import { ACTUALS, actualMonthFormula, writeActuals } from './actuals';
import { writeAnnual } from './annual';
import { ASSUMPTIONS, writeAssumptions, type AssumptionRefs } from './assumptions';
import { writeCohorts } from './cohorts';
import { COHORTS, MONTHLY, type MonthlyContext } from './monthly-context';
import { writeMonthly } from './monthly';
import { writeSummary } from './summary';
import { writeTargets } from './targets';
import { writeAnnualVariance, writeMonthlyVariance } from './variance-sheets';

/** What the workbook is made of: the scenario, its evaluated cells, and its projection. */
export interface WorkbookData {
  scenario: Scenario;
  values: ScenarioValues;
  projection: Projection;
}

export const FORECAST = 'Forecast';
export const FORECAST_ANNUAL = 'Forecast annual';
export const FORECAST_COHORTS = 'Forecast cohorts';

/**
 * Fills a new exceljs workbook with the live model (issue 19): Assumptions, Monthly, Annual,
 * Targets, Summary and the NRR helper sheet Cohorts, every figure a formula (MODEL.md's) with
 * the engine's result cached beside it; with actuals also Actuals (values), Forecast, Forecast
 * annual, Variance, Variance annual and the helper Forecast cohorts (MODEL.md, "Actuals and the
 * forecast", "Variance"), cached from projectForecast and computeVariance.
 */
export function fillModelWorkbook(book: Workbook, { scenario, values, projection }: WorkbookData): void {
  book.creator = 'Trajectory';
  book.title = scenario.name;
  // Excel and LibreOffice recompute on open; the cached results serve viewers that do not.
  book.calcProperties = { fullCalcOnLoad: true };
  const assumptions = writeAssumptions(book.addWorksheet(ASSUMPTIONS), scenario, values);
  const monthlySheet = book.addWorksheet(MONTHLY);
  const annualSheet = book.addWorksheet('Annual');
  const targetsSheet = book.addWorksheet('Targets');
  const summarySheet = book.addWorksheet('Summary');
  const ctx = writeMonthly(monthlySheet, values, projection, assumptions);
  const annualColumns = writeAnnual(annualSheet, ctx, assumptions);
  writeTargets(targetsSheet, scenario, evaluateTargets(scenario.targets, values, projection), annualColumns, assumptions);
  writeSummary(summarySheet, ctx);
  if (scenario.actuals && scenario.actuals.length > 0) writeForecast(book, { scenario, values, projection }, assumptions, ctx, annualColumns);
  writeCohorts(book.addWorksheet(COHORTS), ctx);
}

/** The sheets of the forecast and the variance (MODEL.md), when the scenario has actuals. */
function writeForecast(book: Workbook, { scenario, values, projection }: WorkbookData, assumptions: AssumptionRefs, plan: MonthlyContext, annualColumns: Map<string, number>): void {
  const actuals = scenario.actuals!;
  const forecast = projectForecast(values, actuals, projection);
  const variance = computeVariance(projection, forecast);
  const actualsSheet = book.addWorksheet(ACTUALS);
  const forecastSheet = book.addWorksheet(FORECAST);
  const forecastAnnual = book.addWorksheet(FORECAST_ANNUAL);
  const varianceSheet = book.addWorksheet('Variance');
  const varianceAnnual = book.addWorksheet('Variance annual');
  const actual = writeActuals(actualsSheet, actuals.slice(0, forecast.lastActualMonth + 1), projection.planIds);
  // The forecast's arrays read as a projection's: its null MRR bridge is cached as "".
  const ctx = writeMonthly(forecastSheet, values, forecast as unknown as Projection, assumptions, {
    sheet: FORECAST, cohorts: FORECAST_COHORTS, lastActualMonth: forecast.lastActualMonth, actualMonth: actualMonthFormula(plan, actual),
  });
  const forecastColumns = writeAnnual(forecastAnnual, ctx, assumptions);
  writeMonthlyVariance(varianceSheet, ctx, plan, variance);
  writeAnnualVariance(varianceAnnual, FORECAST_ANNUAL, forecastColumns, annualColumns, variance);
  writeCohorts(book.addWorksheet(FORECAST_COHORTS), ctx);
}
