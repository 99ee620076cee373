import type { Workbook } from 'exceljs';
import { evaluateTargets } from '../targets';
import type { Projection, Scenario, ScenarioValues } from '../types';
import { writeAnnual } from './annual';
import { ASSUMPTIONS, writeAssumptions } from './assumptions';
import { writeCohorts } from './cohorts';
import { COHORTS, MONTHLY } from './monthly-context';
import { writeMonthly } from './monthly';
import { writeSummary } from './summary';
import { writeTargets } from './targets';

/** What the workbook is made of: the scenario, its evaluated cells, and its projection. */
export interface WorkbookData {
  scenario: Scenario;
  values: ScenarioValues;
  projection: Projection;
}

/**
 * Fills a new exceljs workbook with the live model (issue 19): Assumptions, Monthly, Annual,
 * Targets, Summary and the NRR helper sheet Cohorts, every figure a formula (MODEL.md's) with
 * the engine's result cached beside it.
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
  writeCohorts(book.addWorksheet(COHORTS), ctx);
}
