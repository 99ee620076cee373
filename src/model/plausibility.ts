import { cellPlace, DRIVER_LABELS, planLabel, planPlace } from './places';
import { DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type CellRef, type DriverKey, type PlanRowKey, type Projection, type Scenario, type ScenarioValues } from './types';

// Plausibility (docs/user-guide.md, "Values that get a warning"): figures that are valid but far
// outside what a SaaS plan holds, most likely a slip of the keyboard (a yearly amount in a monthly
// row, three zeros too many). A warning never blocks the projection and the figure is kept; the
// planner may accept it, and the accepted keys travel with the scenario (`acceptedWarnings`).

/** A value to check: like a Problem, but not blocking. `key` is stable across edits and reorders. */
export interface Warning {
  key: string;
  place: string;
  message: string;
  cell?: CellRef;
}

/** A yearly spend beyond this is more than any SaaS company's whole budget. */
export const MAX_YEARLY_SPEND = 5e9;
/** The same bound for the monthly cost rows: $5B a year. */
export const MAX_MONTHLY_COST = MAX_YEARLY_SPEND / 12;
/** One visitor costing more than this is a typo for a campaign's cost. */
export const MAX_VISITOR_COST = 1_000;
/** A monthly price (or cost per customer) beyond this is not a subscription. */
export const MAX_MONTHLY_PRICE = 100_000;
/** Losing more than this share of a plan's customers every month empties it within a year. */
export const MAX_MONTHLY_CHURN = 0.3;
/** A year-on-year jump larger than this factor, up or down, in a money row. */
export const MAX_YEARLY_JUMP = 10;
/** Customers in the billions: more than any software has paying users. */
export const MAX_CUSTOMERS = 1e9;

const usd = (x: number) => `$${Math.round(x).toLocaleString('en-US')}`;

type Bound = { max: number; what: (x: number) => string };
const DRIVER_BOUNDS: Partial<Record<DriverKey, Bound>> = {
  marketingBudget: { max: MAX_YEARLY_SPEND, what: (x) => `${usd(x)} a year is more than $5 billion: is it a monthly or a total figure, or a few zeros too many?` },
  salesMarketingOverhead: { max: MAX_MONTHLY_COST, what: (x) => `${usd(x)} a month is more than $5 billion a year: is it a yearly figure?` },
  operatingExpenses: { max: MAX_MONTHLY_COST, what: (x) => `${usd(x)} a month is more than $5 billion a year: is it a yearly figure?` },
  visitorAcquisitionCost: { max: MAX_VISITOR_COST, what: (x) => `${usd(x)} per visitor is far above what paid traffic costs (cents to tens of dollars)` },
  cogsPerCustomer: { max: MAX_MONTHLY_PRICE, what: (x) => `${usd(x)} per customer a month is more than $100,000` },
};
const PLAN_BOUNDS: Partial<Record<PlanRowKey, Bound>> = {
  price: { max: MAX_MONTHLY_PRICE, what: (x) => `${usd(x)} a month is more than $100,000: is it a yearly or a total contract value?` },
  churn: { max: MAX_MONTHLY_CHURN, what: (x) => `${(x * 100).toFixed(1)}% of customers leave every month (above 30%): is it a yearly rate?` },
};
/** The money rows, where a 10x jump between years is most likely a unit slip. */
const JUMP_DRIVERS: readonly DriverKey[] = ['marketingBudget', 'visitorAcquisitionCost', 'cogsPerCustomer', 'salesMarketingOverhead', 'operatingExpenses'];

/** The key of a cell's warning: by plan id, not position, so it survives reordering the plans. */
export function warningKey(scenario: Pick<Scenario, 'plans' | 'startYear'>, ref: CellRef, rule: string): string {
  const year = scenario.startYear + ref.y;
  return ref.kind === 'driver' ? `drivers.${ref.key}.${year}:${rule}` : `plans.${scenario.plans[ref.planIndex]!.id}.${ref.field}.${year}:${rule}`;
}

function rowWarnings(scenario: Scenario, cells: ArrayLike<number>, ref: (y: number) => CellRef, bound: Bound | undefined, jumps: boolean, out: Warning[]): void {
  // A jump out of a value that is itself too large says the same thing twice: one warning.
  let prevTooLarge = false;
  for (let y = 0; y < YEARS; y++) {
    const x = cells[y]!;
    const cell = ref(y);
    const tooLarge = bound !== undefined && x > bound.max;
    const afterTooLarge = prevTooLarge;
    prevTooLarge = tooLarge;
    if (tooLarge) out.push({ key: warningKey(scenario, cell, 'size'), place: cellPlace(scenario, cell), message: bound.what(x), cell });
    else if (jumps && y > 0 && !afterTooLarge) {
      const prev = cells[y - 1]!;
      const factor = prev > 0 && x > 0 ? Math.max(x / prev, prev / x) : 1;
      if (factor > MAX_YEARLY_JUMP) {
        const dir = x > prev ? 'up' : 'down';
        out.push({ key: warningKey(scenario, cell, 'jump'), place: cellPlace(scenario, cell), message: `goes ${dir} ${Math.round(factor)}x from ${scenario.startYear + y - 1} (${usd(prev)} to ${usd(x)}): is one of them in another unit?`, cell });
      }
    }
  }
}

/**
 * The inputs' warnings, from the evaluated cells: a value beyond its row's bound, or a money row
 * that moves more than MAX_YEARLY_JUMP times between two years, or a plan starting with
 * customers in the billions.
 */
export function inputWarnings(scenario: Scenario, values: ScenarioValues): Warning[] {
  const out: Warning[] = [];
  for (const key of DRIVER_KEYS) {
    rowWarnings(scenario, values.drivers[key], (y) => ({ kind: 'driver', key, y }), DRIVER_BOUNDS[key], JUMP_DRIVERS.includes(key), out);
  }
  values.plans.forEach((plan, planIndex) => {
    for (const field of PLAN_ROW_KEYS) {
      rowWarnings(scenario, plan[field], (y) => ({ kind: 'plan', planIndex, field, y }), PLAN_BOUNDS[field], field === 'price', out);
    }
    if (plan.initialCustomers > MAX_CUSTOMERS) {
      out.push({ key: `plans.${plan.id}.initialCustomers:size`, place: `${planPlace(planLabel(scenario, planIndex))}, customers at start`, message: `${Math.round(plan.initialCustomers).toLocaleString('en-US')} customers is more than a billion` });
    }
  });
  return out;
}

/** The projection's warning: customers in the billions in some month (the inputs' scale is off). */
export function projectionWarnings(projection: Projection): Warning[] {
  const customers = projection.monthly.customers;
  const m = customers.findIndex((c) => c > MAX_CUSTOMERS);
  if (m < 0) return [];
  const when = `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m % 12]} ${projection.startYear + Math.floor(m / 12)}`;
  return [{ key: 'projection.customers:size', place: 'Projection, customers', message: `more than a billion customers by ${when}: check the ${DRIVER_LABELS.marketingBudget.toLowerCase()} and the funnel` }];
}

/** The warnings the planner accepted, kept in the scenario's optional `acceptedWarnings` list. */
export function acceptedWarnings(scenario: Scenario): ReadonlySet<string> {
  const list = scenario.acceptedWarnings;
  return new Set(Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : []);
}

/** The scenario with one more warning accepted (a new object: one undo step). */
export function acceptWarning(scenario: Scenario, key: string): Scenario {
  const accepted = acceptedWarnings(scenario);
  if (accepted.has(key)) return scenario;
  return { ...scenario, acceptedWarnings: [...accepted, key] };
}
