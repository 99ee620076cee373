import { inputEntry } from './catalogue';
import { DRIVER_LABELS, PLAN_ROW_LABELS, planLabel } from './places';
import { resolveMetric } from './targets';
import { DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type CellRef, type DriverKey, type PlanRowKey, type Scenario } from './types';

// Input rows for sensitivity, goal seek and Monte Carlo: what can be moved, what it is called,
// and its valid range (MODEL.md, "Validation").

/** A whole input row: a driver row or one plan's row. */
export type RowRef = { kind: 'driver'; key: DriverKey } | { kind: 'plan'; planIndex: number; field: PlanRowKey };

/** Inclusive bounds of a cell's valid values. */
export interface Bounds {
  min: number;
  max: number;
}

/** MODEL.md asks for a visitor acquisition cost > 0; moved values stop at this floor. */
export const POSITIVE_FLOOR = 1e-9;

/** Whether a row is a rate (a fraction in [0, 1]). */
export function isRateRow(ref: RowRef): boolean {
  return inputEntry(ref).kind === 'rate';
}

/** Whether a row is 0 by rule (upgrade on the top plan, downgrade on the bottom plan). */
export function isFixedZero(ref: RowRef, planCount: number): boolean {
  if (ref.kind !== 'plan') return false;
  return (ref.field === 'upgrade' && ref.planIndex === planCount - 1) || (ref.field === 'downgrade' && ref.planIndex === 0);
}

/** The valid range of a row's cells: the catalogue's (rates in [0, 1], money >= 0, visitor cost > 0). */
export function rowBounds(ref: RowRef, planCount: number): Bounds {
  if (isFixedZero(ref, planCount)) return { min: 0, max: 0 };
  const { range } = inputEntry(ref);
  return { min: range.exclusiveMin ? range.min + POSITIVE_FLOOR : range.min, max: range.max };
}

/** Every row that can move: drivers, then each plan's rows; not the rows fixed at 0, not mix with one plan. */
export function inputRows(planCount: number): RowRef[] {
  const rows: RowRef[] = DRIVER_KEYS.map((key) => ({ kind: 'driver', key }));
  for (let planIndex = 0; planIndex < planCount; planIndex++) {
    for (const field of PLAN_ROW_KEYS) {
      const ref: RowRef = { kind: 'plan', planIndex, field };
      if (isFixedZero(ref, planCount) || (field === 'mix' && planCount === 1)) continue;
      rows.push(ref);
    }
  }
  return rows;
}

/** A row's name as formulas and targets write it: `visitorToTrial`, `churn_pro`. */
export function rowName(ref: RowRef, planIds: readonly string[]): string {
  return ref.kind === 'driver' ? ref.key : `${ref.field}_${planIds[ref.planIndex]}`;
}

/** The row a name refers to (a driver key or `<field>_<planId>`), or null. */
export function parseRowName(name: string, planIds: readonly string[]): RowRef | null {
  // Before resolveMetric: two driver keys are also annual figures (operatingExpenses, ...).
  if ((DRIVER_KEYS as readonly string[]).includes(name)) return { kind: 'driver', key: name as DriverKey };
  const ref = resolveMetric(name, planIds);
  return ref?.kind === 'plan' ? { kind: 'plan', planIndex: ref.planIndex, field: ref.field } : null;
}

/** A row as a planner reads it: `Visitor-to-trial`, `Pro churn`. */
export function rowLabel(scenario: Pick<Scenario, 'plans'>, ref: RowRef): string {
  return ref.kind === 'driver' ? DRIVER_LABELS[ref.key] : `${planLabel(scenario, ref.planIndex)} ${PLAN_ROW_LABELS[ref.field]}`;
}

/** The cell of a row in year index y. */
export function cellOf(ref: RowRef, y: number): CellRef {
  return ref.kind === 'driver' ? { kind: 'driver', key: ref.key, y } : { kind: 'plan', planIndex: ref.planIndex, field: ref.field, y };
}

/** The flat index of a row: drivers first, then each plan's rows in PLAN_ROW_KEYS order (as resolve.ts). */
export function rowIndex(ref: RowRef): number {
  return ref.kind === 'driver' ? DRIVER_KEYS.indexOf(ref.key) : DRIVER_KEYS.length + ref.planIndex * PLAN_ROW_KEYS.length + PLAN_ROW_KEYS.indexOf(ref.field);
}

/** The flat index of a cell: row * YEARS + y. */
export function cellIndex(ref: RowRef, y: number): number {
  return rowIndex(ref) * YEARS + y;
}

/** The flat index of a grid cell. */
export function cellRefIndex(ref: CellRef): number {
  return cellIndex(ref.kind === 'driver' ? { kind: 'driver', key: ref.key } : { kind: 'plan', planIndex: ref.planIndex, field: ref.field }, ref.y);
}

/** The row of a flat row index (the inverse of rowIndex). */
export function rowAt(index: number): RowRef {
  if (index < DRIVER_KEYS.length) return { kind: 'driver', key: DRIVER_KEYS[index]! };
  const k = index - DRIVER_KEYS.length;
  return { kind: 'plan', planIndex: Math.floor(k / PLAN_ROW_KEYS.length), field: PLAN_ROW_KEYS[k % PLAN_ROW_KEYS.length]! };
}

/** Whether two rows are the same row. */
export function sameRow(a: RowRef, b: RowRef): boolean {
  return rowIndex(a) === rowIndex(b);
}
