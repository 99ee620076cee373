import { DRIVER_LABELS, PLAN_ROW_LABELS, planLabel } from '../../model/places';
import type { CellRef, DriverKey, PlanRowKey, Scenario } from '../../model/types';
import type { Unit } from './units';

/** An editable row of the grid: five cells, one per year. */
export interface DataRow {
  /** Stable across edits and plan moves: `d:<key>` or `p:<planId>:<field>`. */
  id: string;
  /** The row's name, which is also the start of each cell's accessible name. */
  label: string;
  /** What the row header shows (a plan row shows `price` under its plan's heading). */
  short: string;
  unit: Unit;
  ref: (y: number) => CellRef;
}

/** What the grid draws, top to bottom: group headings, plan headings, data rows, the mix total. */
export type Line =
  | { kind: 'group'; id: string; label: string }
  | { kind: 'plan'; id: string; planIndex: number; label: string }
  | { kind: 'data'; row: DataRow; index: number }
  | { kind: 'mix-total'; id: 'mix-total' };

const DRIVER_UNITS: Record<DriverKey, Unit> = {
  marketingBudget: 'money-compact',
  visitorAcquisitionCost: 'money',
  visitorToTrial: 'percent',
  trialToPaid: 'percent',
  cogsPercent: 'percent',
  cogsPerCustomer: 'money',
  salesMarketingOverhead: 'money-compact',
  operatingExpenses: 'money-compact',
};
const FUNNEL: DriverKey[] = ['marketingBudget', 'visitorAcquisitionCost', 'visitorToTrial', 'trialToPaid'];
const COSTS: DriverKey[] = ['cogsPercent', 'cogsPerCustomer', 'salesMarketingOverhead', 'operatingExpenses'];
const PLAN_ROWS: PlanRowKey[] = ['price', 'mix', 'churn', 'upgrade', 'downgrade'];

function driverRow(key: DriverKey): DataRow {
  return { id: `d:${key}`, label: DRIVER_LABELS[key], short: DRIVER_LABELS[key], unit: DRIVER_UNITS[key], ref: (y) => ({ kind: 'driver', key, y }) };
}

/**
 * The grid's lines, grouped as a planner thinks: the acquisition funnel, each plan's rows with a
 * mix total after them, then costs. Data rows are numbered in reading order for navigation.
 */
export function gridLines(scenario: Pick<Scenario, 'plans'>): { lines: Line[]; rows: DataRow[] } {
  const lines: Line[] = [];
  const rows: DataRow[] = [];
  const push = (row: DataRow) => {
    lines.push({ kind: 'data', row, index: rows.length });
    rows.push(row);
  };
  lines.push({ kind: 'group', id: 'g:funnel', label: 'Acquisition funnel' });
  FUNNEL.forEach((key) => push(driverRow(key)));
  lines.push({ kind: 'group', id: 'g:plans', label: 'Plans' });
  scenario.plans.forEach((plan, planIndex) => {
    const name = planLabel(scenario, planIndex);
    lines.push({ kind: 'plan', id: `h:${plan.id}`, planIndex, label: name });
    for (const field of PLAN_ROWS) {
      push({
        id: `p:${plan.id}:${field}`,
        label: `${name} ${PLAN_ROW_LABELS[field]}`,
        short: PLAN_ROW_LABELS[field],
        unit: field === 'price' ? 'money' : 'percent',
        ref: (y) => ({ kind: 'plan', planIndex, field, y }),
      });
    }
  });
  lines.push({ kind: 'mix-total', id: 'mix-total' });
  lines.push({ kind: 'group', id: 'g:costs', label: 'Costs' });
  COSTS.forEach((key) => push(driverRow(key)));
  return { lines, rows };
}

/** A plan's heading in the grid: "Pro plan", but a name with the word already ("Plan 4", a new plan's) as it is. */
export function planHeading(name: string): string {
  return /\bplan\b/i.test(name) ? name : `${name} plan`;
}
