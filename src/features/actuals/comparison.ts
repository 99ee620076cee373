import { MONTHLY_ENTRIES, type MonthlyKey } from '../../model/catalogue-monthly';

// Plan vs actual (issue 17): per figure, the forecast's value (actual) beside the plan's, for one
// actual month (MODEL.md "Variance") or for the year to date, and which way the difference is good.

/** actual, plan, difference = actual - plan, ratio = difference / |plan| (null where undefined). */
export interface Compared {
  actual: number | null;
  plan: number | null;
  difference: number | null;
  ratio: number | null;
}

/** A month of the variance: figure to its cell. */
export type ComparedMonth = Partial<Record<MonthlyKey, Compared>>;

/** The figures shown, in the order a planner reads them: funnel, customers, MRR, costs, cash, unit economics. */
export const COMPARED: readonly MonthlyKey[] = [
  'marketingSpend', 'visitors', 'trials', 'newCustomers', 'churnedCustomers', 'customers',
  'mrr', 'newMrr', 'expansionMrr', 'contractionMrr', 'churnedMrr',
  'cogs', 'grossProfit', 'salesMarketingOverhead', 'operatingExpenses', 'ebitda', 'cash',
  'cac', 'arpu', 'customerChurnRate',
];

const FLOWS: ReadonlySet<MonthlyKey> = new Set([
  'marketingSpend', 'visitors', 'trials', 'newCustomers', 'churnedCustomers', 'newMrr', 'expansionMrr', 'contractionMrr',
  'churnedMrr', 'revenue', 'cogs', 'grossProfit', 'salesMarketingOverhead', 'operatingExpenses', 'ebitda',
]);
const BALANCES: ReadonlySet<MonthlyKey> = new Set(['customers', 'mrr', 'cash']);

/** The same cell from two numbers: difference = actual - plan, ratio = difference / |plan|. */
export function compare(actual: number | null, plan: number | null): Compared {
  const difference = actual === null || plan === null ? null : actual - plan;
  return { actual, plan, difference, ratio: difference === null || plan === null || plan === 0 ? null : difference / Math.abs(plan) };
}

/** Whether a difference is good news: more of a higher-is-better figure, less of a lower-is-better one. */
export function direction(key: MonthlyKey, difference: number | null): 'good' | 'bad' | 'neutral' {
  const better = MONTHLY_ENTRIES[key].higherIsBetter;
  if (better === null || difference === null || Math.abs(difference) < 1e-9) return 'neutral';
  return (difference > 0) === better ? 'good' : 'bad';
}

const sum = (months: readonly ComparedMonth[], key: MonthlyKey, side: 'actual' | 'plan'): number | null => {
  let s = 0;
  for (const m of months) {
    const x = m[key]?.[side];
    if (x === null || x === undefined) return null;
    s += x;
  }
  return s;
};

/**
 * The year to date over the given months (January of the last actual month's year through it):
 * flows add up, balances are the last month's, CAC and ARPU are ratios of the sums (as in MODEL.md
 * "One year": cac = marketingSpend / newCustomers, arpu = revenue / sum of customers).
 */
export function yearToDate(months: readonly ComparedMonth[]): ComparedMonth {
  const out: ComparedMonth = {};
  const last = months[months.length - 1];
  if (!last) return out;
  for (const key of COMPARED) {
    if (FLOWS.has(key)) out[key] = compare(sum(months, key, 'actual'), sum(months, key, 'plan'));
    else if (BALANCES.has(key)) out[key] = last[key] ?? compare(null, null);
  }
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
  out.cac = compare(ratio(sum(months, 'marketingSpend', 'actual'), sum(months, 'newCustomers', 'actual')), ratio(sum(months, 'marketingSpend', 'plan'), sum(months, 'newCustomers', 'plan')));
  out.arpu = compare(ratio(sum(months, 'revenue', 'actual'), sum(months, 'customers', 'actual')), ratio(sum(months, 'revenue', 'plan'), sum(months, 'customers', 'plan')));
  return out;
}
