import type { Worksheet } from 'exceljs';
import { monthIndex } from '../calendar';
import { isFormula } from '../formula';
import { excelFormula } from '../formula-excel';
import { DRIVER_ENTRIES, SCENARIO_FIELD_ENTRIES } from '../catalogue-inputs';
import { planRowLabel } from '../catalogue';
import { planLabel } from '../places';
import { DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type Cell, type FundingRound, type Scenario, type ScenarioValues } from '../types';
import { cellRef, columnName, sheetRange, sheetRef } from './a1';
import { FORMATS, inputFormat } from './formats';
import { fitColumns, freezeAndPrintTitles, setFormula, writeHeader } from './sheet-style';

// Sheet "Assumptions": the scenario's fields, then one row per input with its key as in the
// scenario file, one column per year; formula cells become Excel formulas over this sheet.

export const ASSUMPTIONS = 'Assumptions';
const FIRST_YEAR_COL = 3;
const HEADER_ROW = 7;
const INPUT = { color: { argb: 'FF0000FF' } };
/** Blank rows under the funding entries, counted by the monthly formulas: room for more rounds. */
const SPARE_FUNDING_ROWS = 5;

/** Where the Monthly, Annual and Targets formulas find the assumptions. */
export interface AssumptionRefs {
  /** A row's cell in year index y: a driver key or `<field>_<planId>`. */
  cell(name: string, y: number): string;
  initialCustomers(planIndex: number): string;
  startingCash: string;
  /** The year header of year index y. */
  year(y: number): string;
  /** The funding table's month index column and amount column. */
  fundingMonths: string;
  fundingAmounts: string;
}

/** Fills the Assumptions sheet and returns where its cells are. */
export function writeAssumptions(sheet: Worksheet, scenario: Scenario, values: ScenarioValues): AssumptionRefs {
  const fields: [string, string, string | number][] = [
    ['Scenario', 'name', scenario.name], ['Description', 'description', scenario.description ?? ''],
    ['Currency', 'currency', scenario.currency], [SCENARIO_FIELD_ENTRIES.startYear.label, 'startYear', scenario.startYear],
    [SCENARIO_FIELD_ENTRIES.startingCash.label, 'startingCash', scenario.startingCash],
  ];
  fields.forEach(([label, key, value], k) => {
    sheet.getRow(1 + k).values = [label, key, value];
    if (typeof value === 'number') sheet.getCell(1 + k, FIRST_YEAR_COL).font = INPUT;
  });
  sheet.getCell(5, FIRST_YEAR_COL).numFmt = FORMATS.money;
  const yearCol = (y: number) => FIRST_YEAR_COL + y;
  writeHeader(sheet, HEADER_ROW, ['Assumption', 'key']);
  for (let y = 0; y < YEARS; y++) {
    setFormula(sheet, HEADER_ROW, yearCol(y), y === 0 ? `$C$4` : `${cellRef(HEADER_ROW, yearCol(y - 1))}+1`, scenario.startYear + y);
  }

  // Row numbers first: a formula may name a row further down.
  type InputRow = { label: string; key: string; format: string; cells: readonly Cell[]; values: ArrayLike<number> };
  const inputs: InputRow[] = DRIVER_KEYS.map((key) => ({ label: DRIVER_ENTRIES[key].label, key, format: inputFormat(key), cells: scenario.drivers[key], values: values.drivers[key] }));
  const initialRow: number[] = [];
  const layout: (InputRow | { initial: number })[] = [...inputs];
  scenario.plans.forEach((plan, i) => {
    layout.push({ initial: i });
    for (const field of PLAN_ROW_KEYS) {
      layout.push({ label: planRowLabel(planLabel(scenario, i), field), key: `${field}_${plan.id}`, format: inputFormat(field), cells: plan[field], values: values.plans[i]![field] });
    }
  });
  const rowOf = new Map<string, number>();
  layout.forEach((entry, k) => {
    const row = HEADER_ROW + 1 + k;
    if ('initial' in entry) initialRow[entry.initial] = row;
    else if (!rowOf.has(entry.key)) rowOf.set(entry.key, row);
  });

  layout.forEach((entry, k) => {
    const row = HEADER_ROW + 1 + k;
    if ('initial' in entry) {
      const plan = scenario.plans[entry.initial]!;
      sheet.getRow(row).values = [`${planLabel(scenario, entry.initial)} ${SCENARIO_FIELD_ENTRIES.initialCustomers.label.toLowerCase()}`, `initialCustomers_${plan.id}`, plan.initialCustomers];
      Object.assign(sheet.getCell(row, FIRST_YEAR_COL), { font: INPUT, numFmt: FORMATS.count });
      return;
    }
    sheet.getCell(row, 1).value = entry.label;
    sheet.getCell(row, 2).value = entry.key;
    for (let y = 0; y < YEARS; y++) {
      const col = yearCol(y);
      const cell = sheet.getCell(row, col);
      const raw = entry.cells[y];
      const reference = (name: string): string | null => {
        if (name === 'prev') return y > 0 ? cellRef(row, col - 1) : null;
        if (name === 'year') return `${columnName(col)}$${HEADER_ROW}`;
        const at = rowOf.get(name);
        return at === undefined ? null : cellRef(at, col);
      };
      const excel = isFormula(raw) ? excelFormula(raw, reference) : null;
      if (excel?.ok) setFormula(sheet, row, col, excel.text, entry.values[y]!);
      else {
        // A number, or (never for a scenario that computed) a formula Excel cannot take: its value.
        cell.value = entry.values[y]!;
        cell.font = INPUT;
        if (excel) cell.note = `${String(raw)} (${excel.message})`;
      }
      cell.numFmt = entry.format;
    }
  });

  const funding = writeFunding(sheet, HEADER_ROW + layout.length + 2, scenario.funding ?? [], scenario.startYear);
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 26;
  fitColumns(sheet, ['2026', '2027', '2028', '2029', '2030'], FIRST_YEAR_COL, 14);
  freezeAndPrintTitles(sheet, HEADER_ROW, 2);
  return {
    cell: (name, y) => {
      const row = rowOf.get(name);
      if (row === undefined) throw new Error(`no assumption row ${name}`);
      return sheetRef(ASSUMPTIONS, row, yearCol(y));
    },
    initialCustomers: (i) => sheetRef(ASSUMPTIONS, initialRow[i]!, FIRST_YEAR_COL),
    startingCash: sheetRef(ASSUMPTIONS, 5, FIRST_YEAR_COL),
    year: (y) => sheetRef(ASSUMPTIONS, HEADER_ROW, yearCol(y)),
    ...funding,
  };
}

/** The funding table: name, month (a date cell), amount, and the month's index m as a formula. */
function writeFunding(sheet: Worksheet, titleRow: number, entries: readonly FundingRound[], startYear: number): Pick<AssumptionRefs, 'fundingMonths' | 'fundingAmounts'> {
  sheet.getCell(titleRow, 1).value = 'Funding';
  sheet.getCell(titleRow, 1).font = { bold: true };
  writeHeader(sheet, titleRow + 1, ['name', 'month', 'amount', 'm']);
  const first = titleRow + 2;
  const last = first + entries.length + SPARE_FUNDING_ROWS - 1;
  for (let row = first; row <= last; row++) {
    const entry = entries[row - first];
    if (entry) {
      const [year, month] = entry.month.split('-').map(Number) as [number, number];
      sheet.getRow(row).values = [entry.name ?? '', new Date(Date.UTC(year, month - 1, 1)), entry.amount];
      sheet.getCell(row, 2).font = INPUT;
      sheet.getCell(row, 3).font = INPUT;
    }
    sheet.getCell(row, 2).numFmt = FORMATS.date;
    sheet.getCell(row, 3).numFmt = FORMATS.money;
    const m = entry ? monthIndex(entry.month, startYear) : '';
    setFormula(sheet, row, 4, `IF(B${row}="","",(YEAR(B${row})-$C$4)*12+MONTH(B${row})-1)`, m);
  }
  return { fundingMonths: sheetRange(ASSUMPTIONS, first, last, 4), fundingAmounts: sheetRange(ASSUMPTIONS, first, last, 3) };
}
