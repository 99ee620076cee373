// The same 60-month model as a spreadsheet, for HyperFormula (Handsontable's engine): what a
// planner would build instead of using Trajectory. A development dependency of the benchmark
// only (GPL-3.0 is fine here); it never enters the app bundle.
//
// Sheet "Inputs": one row per assumption, one column per year (B..F), as a planner lays it out.
// Sheet "Months": one row per month, one column per figure, each cell a formula that refers to
// the previous month's row and to that year's input column. NRR (a 12-month cohort replay per
// month) is left out of the sheet; the engine still computes it, so the comparison favours the
// spreadsheet.
import { HyperFormula } from 'hyperformula';
import { DRIVER_KEYS, MONTHS, PLAN_ROW_KEYS, YEARS, type ScenarioValues } from '../src/model/types';

const col = (c: number): string => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export interface SheetModel {
  hf: HyperFormula;
  inputs: number;
  months: number;
  /** Inputs sheet cell of a driver in year y: { row, col }. */
  driverCell: (key: (typeof DRIVER_KEYS)[number], y: number) => { sheet: number; row: number; col: number };
  /** Column index in "Months" of a figure. */
  column: Record<string, number>;
}

/** Builds the sheets for a scenario's values. */
export function buildSheet(values: ScenarioValues): SheetModel {
  const P = values.plans.length;
  const inputRows: (number | string)[][] = [];
  const driverRow: Record<string, number> = {};
  for (const key of DRIVER_KEYS) {
    driverRow[key] = inputRows.length;
    inputRows.push([key, ...Array.from(values.drivers[key])]);
  }
  const planRow: Record<string, number> = {};
  values.plans.forEach((plan, i) => {
    for (const field of PLAN_ROW_KEYS) {
      planRow[`${field}_${i}`] = inputRows.length;
      inputRows.push([`${field}_${plan.id}`, ...Array.from(plan[field])]);
    }
    planRow[`initial_${i}`] = inputRows.length;
    inputRows.push([`initial_${plan.id}`, plan.initialCustomers, '', '', '', '']);
  });
  const cashRow = inputRows.length;
  inputRows.push(['startingCash', values.startingCash, '', '', '', '']);

  const inp = (row: number, y: number) => `Inputs!$${col(1 + y)}$${row + 1}`;
  const d = (key: string, y: number) => inp(driverRow[key]!, y);
  const pl = (field: string, i: number, y: number) => inp(planRow[`${field}_${i}`]!, y);

  // Column layout of "Months".
  const names = ['spend', 'visitors', 'trials', 'newCustomers'];
  for (let i = 0; i < P; i++) names.push(`S${i}`, `churned${i}`, `up${i}`, `down${i}`, `new${i}`, `C${i}`);
  names.push('customers', 'mrr', 'startMrr', 'newMrr', 'churnedMrr', 'expansionMrr', 'contractionMrr', 'cogs', 'grossProfit', 'ebitda', 'cash', 'arpu', 'grossMargin', 'cac', 'cacPaybackMonths', 'customerChurnRate');
  const column: Record<string, number> = {};
  names.forEach((n, c) => { column[n] = c; });
  const ref = (name: string, m: number) => `${col(column[name]!)}${m + 1}`;

  const rows: string[][] = [];
  for (let m = 0; m < MONTHS; m++) {
    const y = Math.floor(m / 12);
    const qy = m === 0 ? 0 : Math.floor((m - 1) / 12);
    const r: string[] = [];
    const set = (name: string, formula: string) => { r[column[name]!] = `=${formula}`; };
    set('spend', `${d('marketingBudget', y)}/12`);
    set('visitors', `${ref('spend', m)}/${d('visitorAcquisitionCost', y)}`);
    set('trials', `${ref('visitors', m)}*${d('visitorToTrial', y)}`);
    set('newCustomers', `${ref('trials', m)}*${d('trialToPaid', y)}`);
    const price = (i: number) => pl('price', i, y);
    const last = (i: number) => pl('price', i, qy);
    for (let i = 0; i < P; i++) {
      set(`S${i}`, m === 0 ? inp(planRow[`initial_${i}`]!, 0) : ref(`C${i}`, m - 1));
      set(`churned${i}`, `${ref(`S${i}`, m)}*${pl('churn', i, y)}`);
      set(`up${i}`, i < P - 1 ? `${ref(`S${i}`, m)}*${pl('upgrade', i, y)}` : '0');
      set(`down${i}`, i > 0 ? `${ref(`S${i}`, m)}*${pl('downgrade', i, y)}` : '0');
      set(`new${i}`, `${ref('newCustomers', m)}*${pl('mix', i, y)}`);
    }
    for (let i = 0; i < P; i++) {
      const inflow = [i > 0 ? ref(`up${i - 1}`, m) : '', i < P - 1 ? ref(`down${i + 1}`, m) : ''].filter(Boolean).map((x) => `+${x}`).join('');
      set(`C${i}`, `${ref(`S${i}`, m)}-${ref(`churned${i}`, m)}-${ref(`up${i}`, m)}-${ref(`down${i}`, m)}${inflow}+${ref(`new${i}`, m)}`);
    }
    const sum = (f: (i: number) => string) => Array.from({ length: P }, (_, i) => f(i)).join('+');
    set('customers', sum((i) => ref(`C${i}`, m)));
    set('mrr', sum((i) => `${ref(`C${i}`, m)}*${price(i)}`));
    set('startMrr', sum((i) => `${ref(`S${i}`, m)}*${last(i)}`));
    set('newMrr', sum((i) => `${ref(`new${i}`, m)}*${price(i)}`));
    set('churnedMrr', sum((i) => `${ref(`churned${i}`, m)}*${last(i)}`));
    const terms: string[] = [];
    for (let i = 0; i < P; i++) {
      terms.push(`(${ref(`S${i}`, m)}-${ref(`churned${i}`, m)})*(${price(i)}-${last(i)})`);
      if (i < P - 1) terms.push(`${ref(`up${i}`, m)}*(${price(i + 1)}-${price(i)})`);
      if (i > 0) terms.push(`${ref(`down${i}`, m)}*(${price(i - 1)}-${price(i)})`);
    }
    set('expansionMrr', terms.map((t) => `MAX(${t},0)`).join('+'));
    set('contractionMrr', terms.map((t) => `-MIN(${t},0)`).join(''));
    set('cogs', `${ref('mrr', m)}*${d('cogsPercent', y)}+${ref('customers', m)}*${d('cogsPerCustomer', y)}`);
    set('grossProfit', `${ref('mrr', m)}-${ref('cogs', m)}`);
    set('ebitda', `${ref('grossProfit', m)}-${ref('spend', m)}-${d('salesMarketingOverhead', y)}-${d('operatingExpenses', y)}`);
    set('cash', `${m === 0 ? inp(cashRow, 0) : ref('cash', m - 1)}+${ref('ebitda', m)}`);
    set('arpu', `IF(${ref('customers', m)}=0,"",${ref('mrr', m)}/${ref('customers', m)})`);
    set('grossMargin', `IF(${ref('mrr', m)}=0,"",${ref('grossProfit', m)}/${ref('mrr', m)})`);
    set('cac', `IF(${ref('newCustomers', m)}=0,"",${ref('spend', m)}/${ref('newCustomers', m)})`);
    set('cacPaybackMonths', `IF(OR(${ref('arpu', m)}="",${ref('grossMargin', m)}="",${ref('cac', m)}=""),"",IF(${ref('arpu', m)}*${ref('grossMargin', m)}>0,${ref('cac', m)}/(${ref('arpu', m)}*${ref('grossMargin', m)}),""))`);
    set('customerChurnRate', `IF((${sum((i) => ref(`S${i}`, m))})=0,"",(${sum((i) => ref(`churned${i}`, m))})/(${sum((i) => ref(`S${i}`, m))}))`);
    rows.push(r);
  }
  const hf = HyperFormula.buildFromSheets({ Inputs: inputRows, Months: rows }, { licenseKey: 'gpl-v3' });
  const inputs = hf.getSheetId('Inputs')!;
  const months = hf.getSheetId('Months')!;
  return {
    hf,
    inputs,
    months,
    driverCell: (key, y) => ({ sheet: inputs, row: driverRow[key]!, col: 1 + y }),
    column,
  };
}

/** Reads a figure's 60 months from the sheet. */
export function readColumn(model: SheetModel, name: string): number[] {
  const c = model.column[name]!;
  const out: number[] = [];
  for (let m = 0; m < MONTHS; m++) out.push(model.hf.getCellValue({ sheet: model.months, row: m, col: c }) as number);
  return out;
}

export const YEARS_IN_SHEET = YEARS;
