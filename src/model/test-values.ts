// Small hand-computable scenarios for golden tests (not shipped: only *.test.ts import it).
import { DRIVER_KEYS, YEARS, type DriverKey, type PlanValues, type ScenarioValues } from './types';

export type Cells = number | number[];
const row = (cells: Cells): Float64Array => (typeof cells === 'number' ? new Float64Array(YEARS).fill(cells) : Float64Array.from(cells));

export interface PlanSpec {
  id?: string;
  initialCustomers?: number;
  price: Cells;
  mix?: Cells;
  churn?: Cells;
  upgrade?: Cells;
  downgrade?: Cells;
}

/**
 * A small scenario's values: no marketing, no costs, no movements unless given; the first plan
 * takes every new customer unless a plan says otherwise; `financing` by month index.
 */
export function smallValues(spec: { plans: PlanSpec[]; drivers?: Partial<Record<DriverKey, Cells>>; startingCash?: number; financing?: Record<number, number> }): ScenarioValues {
  const defaults: Record<DriverKey, Cells> = {
    marketingBudget: 0, visitorAcquisitionCost: 1, visitorToTrial: 0, trialToPaid: 0,
    cogsPercent: 0, cogsPerCustomer: 0, salesMarketingOverhead: 0, operatingExpenses: 0,
  };
  const drivers = {} as Record<DriverKey, Float64Array>;
  for (const key of DRIVER_KEYS) drivers[key] = row(spec.drivers?.[key] ?? defaults[key]);
  const plans: PlanValues[] = spec.plans.map((p, i) => ({
    id: p.id ?? `p${i}`,
    name: `Plan ${i}`,
    initialCustomers: p.initialCustomers ?? 0,
    price: row(p.price),
    mix: row(p.mix ?? (i === 0 ? 1 : 0)),
    churn: row(p.churn ?? 0),
    upgrade: row(p.upgrade ?? 0),
    downgrade: row(p.downgrade ?? 0),
  }));
  const values: ScenarioValues = { startYear: 2026, startingCash: spec.startingCash ?? 0, drivers, plans };
  if (spec.financing) {
    values.financing = new Float64Array(60);
    for (const [m, amount] of Object.entries(spec.financing)) values.financing[Number(m)] = amount;
  }
  return values;
}
