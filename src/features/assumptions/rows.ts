import { inputEntry, planRowLabel, type InputEntry, type InputRowRef } from '../../model/catalogue';
import { planLabel } from '../../model/places';
import type { CellRef, DriverKey, PlanRowKey, Scenario } from '../../model/types';
import { unitOf, type Unit } from '../../components/grid/units';

/** An editable row of the grid: five cells, one per year. */
export interface DataRow {
  /** Stable across edits and plan moves: `d:<key>` or `p:<planId>:<field>`. */
  id: string;
  /** The row's name, which is also the start of each cell's accessible name. */
  label: string;
  /** What the row header shows (a plan row shows `price` under its plan's heading). */
  short: string;
  /** How the row is typed and shown. */
  unit: Unit;
  /** The row's catalogue entry: its unit and period in words ("per year", "/mo", "of revenue"). */
  entry: InputEntry;
  ref: (y: number) => CellRef;
}

/** What the grid draws, top to bottom: group headings, plan headings, data rows, the mix total. */
export type Line =
  | { kind: 'group'; id: string; label: string }
  | { kind: 'plan'; id: string; planIndex: number; label: string }
  | { kind: 'data'; row: DataRow; index: number }
  | { kind: 'mix-total'; id: 'mix-total' };

const FUNNEL: DriverKey[] = ['marketingBudget', 'visitorAcquisitionCost', 'visitorToTrial', 'trialToPaid'];
const COSTS: DriverKey[] = ['cogsPercent', 'cogsPerCustomer', 'salesMarketingOverhead', 'operatingExpenses'];
const PLAN_ROWS: PlanRowKey[] = ['price', 'mix', 'churn', 'upgrade', 'downgrade'];

const withEntry = (row: InputRowRef) => {
  const entry = inputEntry(row);
  return { entry, unit: unitOf(entry.kind) };
};

function driverRow(key: DriverKey): DataRow {
  const { entry, unit } = withEntry({ kind: 'driver', key });
  return { id: `d:${key}`, label: entry.label, short: entry.label, unit, entry, ref: (y) => ({ kind: 'driver', key, y }) };
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
      const { entry, unit } = withEntry({ kind: 'plan', field });
      push({
        id: `p:${plan.id}:${field}`,
        label: planRowLabel(name, field),
        short: entry.label,
        unit,
        entry,
        ref: (y) => ({ kind: 'plan', planIndex, field, y }),
      });
    }
  });
  lines.push({ kind: 'mix-total', id: 'mix-total' });
  lines.push({ kind: 'group', id: 'g:costs', label: 'Costs' });
  COSTS.forEach((key) => push(driverRow(key)));
  return { lines, rows };
}
