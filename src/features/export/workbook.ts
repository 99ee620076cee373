import type { Workbook, Worksheet } from 'exceljs';
import { ANNUAL_INFO, MONTHLY_INFO, type Kind } from '../../components/charts/metrics';
import { isFormula } from '../../model/formula';
import { DRIVER_LABELS, PLAN_ROW_LABELS, planLabel } from '../../model/places';
import { MONTH_COLUMNS, monthRecord } from '../../model/output';
import { DRIVER_KEYS, MONTHS, PLAN_ROW_KEYS, type Cell, type Projection, type Scenario, type ScenarioValues, type YearFigures } from '../../model/types';

export interface WorkbookData {
  scenario: Scenario;
  values: ScenarioValues;
  projection: Projection;
}

// Excel number formats by unit, so the figures read as they do in the app; the cells hold the
// engine's full-precision numbers.
const FORMATS: Record<Kind, string> = {
  money: '#,##0', unitMoney: '#,##0.00', rate: '0.0%', count: '#,##0', months: '0.0', multiple: '0.0"x"', monthIndex: '0', year: '0', yearMonth: '@',
};

function header(sheet: Worksheet, names: readonly string[]): void {
  const row = sheet.addRow([...names]);
  row.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: sheet.rowCount, xSplit: 1 }];
}

/** Sheet "Assumptions": the scenario's fields, then every driver and plan row, formulas evaluated. */
function assumptions(sheet: Worksheet, { scenario, values }: WorkbookData): void {
  const years = Array.from({ length: values.drivers.marketingBudget.length }, (_, y) => scenario.startYear + y);
  sheet.addRow(['Scenario', scenario.name]);
  if (scenario.description) sheet.addRow(['Description', scenario.description]);
  sheet.addRow(['Currency', scenario.currency]);
  sheet.addRow(['Start year', scenario.startYear]);
  sheet.addRow(['Starting cash', scenario.startingCash]).getCell(2).numFmt = FORMATS.money;
  sheet.addRow([]);
  header(sheet, ['Assumption', 'Key', ...years.map(String)]);
  // A formula cell shows its value; the formula itself goes in the cell's note.
  const add = (label: string, key: string, cells: readonly Cell[], resolved: Float64Array, format: string) => {
    const row = sheet.addRow([label, key, ...years.map((_, y) => resolved[y]!)]);
    cells.forEach((c, y) => {
      const cell = row.getCell(3 + y);
      cell.numFmt = format;
      if (isFormula(c)) cell.note = c;
    });
  };
  const percentRows = new Set<string>(['visitorToTrial', 'trialToPaid', 'cogsPercent', 'mix', 'churn', 'upgrade', 'downgrade']);
  for (const key of DRIVER_KEYS) add(DRIVER_LABELS[key], key, scenario.drivers[key], values.drivers[key], percentRows.has(key) ? '0.00%' : '#,##0.00');
  scenario.plans.forEach((plan, i) => {
    const name = planLabel(scenario, i);
    sheet.addRow([`${name} initial customers`, `initialCustomers_${plan.id}`, plan.initialCustomers]);
    for (const field of PLAN_ROW_KEYS) {
      add(`${name} ${PLAN_ROW_LABELS[field]}`, `${field}_${plan.id}`, plan[field], values.plans[i]![field], percentRows.has(field) ? '0.00%' : '#,##0.00');
    }
  });
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 24;
  for (let c = 3; c < 3 + years.length; c++) sheet.getColumn(c).width = 14;
}

/** Sheet "Monthly": the monthly table with the CSV's columns (MODEL.md's names). */
function monthly(sheet: Worksheet, { projection: p }: WorkbookData): void {
  header(sheet, ['month', 'year', ...MONTH_COLUMNS, ...p.planIds.map((id) => `customers_${id}`)]);
  for (let m = 0; m < MONTHS; m++) {
    const r = monthRecord(p, m);
    sheet.addRow([r.month, r.year, ...MONTH_COLUMNS.map((k) => r[k]), ...p.planIds.map((id) => r.customersByPlan[id]!)]);
  }
  MONTH_COLUMNS.forEach((k, i) => {
    const column = sheet.getColumn(3 + i);
    column.numFmt = FORMATS[MONTHLY_INFO[k].kind];
    column.width = 14;
  });
}

/** Sheet "Annual": the annual table with the CSV's columns. */
function annual(sheet: Worksheet, { projection: p }: WorkbookData): void {
  const keys = Object.keys(p.years[0]!) as (keyof YearFigures)[];
  header(sheet, keys);
  for (const y of p.years) sheet.addRow(keys.map((k) => y[k]));
  keys.forEach((k, i) => {
    if (k === 'year') return;
    const column = sheet.getColumn(1 + i);
    column.numFmt = FORMATS[ANNUAL_INFO[k].kind];
    column.width = 14;
  });
}

/** Fills a new workbook with the sheets Assumptions, Monthly and Annual. */
export function fillWorkbook(book: Workbook, data: WorkbookData): void {
  book.creator = 'Trajectory';
  book.title = data.scenario.name;
  assumptions(book.addWorksheet('Assumptions'), data);
  monthly(book.addWorksheet('Monthly'), data);
  annual(book.addWorksheet('Annual'), data);
}
