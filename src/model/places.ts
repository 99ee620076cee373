import { DRIVER_ENTRIES, PLAN_ROW_ENTRIES } from './catalogue-inputs';
import type { CellRef, DriverKey, PlanRowKey, Scenario } from './types';

const labels = <K extends string>(entries: Record<K, { label: string }>) =>
  Object.fromEntries(Object.entries<{ label: string }>(entries).map(([k, e]) => [k, e.label])) as Record<K, string>;

/** The row labels a planner reads in the grid and in every message: the catalogue's. */
export const DRIVER_LABELS: Readonly<Record<DriverKey, string>> = labels(DRIVER_ENTRIES);
/** A plan row's label, read after the plan's name ("Pro price"): the catalogue's. */
export const PLAN_ROW_LABELS: Readonly<Record<PlanRowKey, string>> = labels(PLAN_ROW_ENTRIES);

/** A plan's display name, falling back to its id. */
export function planLabel(scenario: Pick<Scenario, 'plans'>, planIndex: number): string {
  const plan = scenario.plans[planIndex];
  if (!plan) return `Plan ${planIndex + 1}`;
  return typeof plan.name === 'string' && plan.name.trim() !== '' ? plan.name : plan.id;
}

/** A plan named as users read it, in headings and places: "Pro plan", but a name with the word already ("Plan 4", a new plan's) as it is. */
export function planPlace(name: string): string {
  return /\bplan\b/i.test(name) ? name : `${name} plan`;
}

/** Where a cell is, as a user reads it: `Visitor-to-trial, 2027` or `Pro plan, price, 2029`. */
export function cellPlace(scenario: Pick<Scenario, 'plans' | 'startYear'>, ref: CellRef): string {
  const year = scenario.startYear + ref.y;
  if (ref.kind === 'driver') return `${DRIVER_LABELS[ref.key]}, ${year}`;
  return `${planPlace(planLabel(scenario, ref.planIndex))}, ${PLAN_ROW_LABELS[ref.field]}, ${year}`;
}

/** The JSON path of a cell in the scenario file. */
export function cellPath(ref: CellRef): (string | number)[] {
  return ref.kind === 'driver' ? ['drivers', ref.key, ref.y] : ['plans', ref.planIndex, ref.field, ref.y];
}

/** A stable string key for a cell, for maps and the grid. */
export function cellKey(ref: CellRef): string {
  return ref.kind === 'driver' ? `d:${ref.key}:${ref.y}` : `p:${ref.planIndex}:${ref.field}:${ref.y}`;
}
