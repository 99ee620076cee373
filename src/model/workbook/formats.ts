import { ANNUAL_ENTRIES, SUMMARY_ENTRIES } from '../catalogue-annual';
import { DRIVER_ENTRIES, PLAN_ROW_ENTRIES } from '../catalogue-inputs';
import { MONTHLY_ENTRIES } from '../catalogue-monthly';
import type { CatalogueEntry, FigureKind } from '../catalogue-types';
import type { DriverKey, PlanRowKey } from '../types';

// Excel number formats of the live workbook, by the catalogue's kind of each figure, so cells
// read as the app's figures do while holding full-precision numbers.

const KIND_FORMATS: Readonly<Record<FigureKind, string>> = {
  money: '#,##0', unitMoney: '#,##0.00', rate: '0.0%', count: '#,##0.0', months: '0.0', multiple: '0.00"x"',
  monthIndex: '0', year: '0', yearMonth: 'yyyy-mm',
};
/** Input rates show one more place: funnel rates step by quarter points (6.75 %). */
const INPUT_RATE = '0.00%';

const OUTPUTS: Readonly<Record<string, CatalogueEntry>> = { ...MONTHLY_ENTRIES, ...ANNUAL_ENTRIES, ...SUMMARY_ENTRIES };

/** The catalogue entry of an output figure (monthly, annual or summary key), if it has one. */
export function outputEntry(key: string): CatalogueEntry | undefined {
  return Object.hasOwn(OUTPUTS, key) ? OUTPUTS[key] : undefined;
}

/** The number format of an output figure by its catalogue kind, or General. */
export function figureFormat(key: string): string {
  const entry = outputEntry(key);
  return entry ? KIND_FORMATS[entry.kind] : 'General';
}

/** The number format of an input row (a driver key or a plan row field). */
export function inputFormat(key: DriverKey | PlanRowKey): string {
  const entry = Object.hasOwn(DRIVER_ENTRIES, key) ? DRIVER_ENTRIES[key as DriverKey] : PLAN_ROW_ENTRIES[key as PlanRowKey];
  return entry.kind === 'rate' ? INPUT_RATE : KIND_FORMATS[entry.kind];
}

export const FORMATS = {
  money: KIND_FORMATS.money, unitMoney: KIND_FORMATS.unitMoney, count: KIND_FORMATS.count,
  month: KIND_FORMATS.monthIndex, date: KIND_FORMATS.yearMonth,
} as const;
