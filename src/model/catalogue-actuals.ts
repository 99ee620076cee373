import { ANY_NUMBER, NON_NEGATIVE } from './catalogue-inputs';
import { MONTHLY_ENTRIES } from './catalogue-monthly';
import type { InputEntry, OutputEntry } from './catalogue-types';

// The figures an actual month may give (MODEL.md, "Actuals"): the projection's own figures, as
// inputs. All are >= 0 but cash.

export const ACTUAL_KEYS = [
  'marketingSpend', 'visitors', 'trials', 'newCustomers', 'churnedCustomers', 'customersByPlan', 'mrr', 'newMrr',
  'expansionMrr', 'contractionMrr', 'churnedMrr', 'cogs', 'salesMarketingOverhead', 'operatingExpenses', 'cash', 'nrr',
] as const;
export type ActualKey = (typeof ACTUAL_KEYS)[number];

/** A month record's per-plan customers (and the CSV columns customers_<planId>). */
export const CUSTOMERS_BY_PLAN: OutputEntry = {
  ...MONTHLY_ENTRIES.customers,
  key: 'customersByPlan',
  label: 'Customers by plan',
  shortLabel: 'Customers by plan',
  formula: 'customersByPlan = { planId: C_i }; customers = sum of customersByPlan',
  explanation: 'Paying customers of each plan at the end of the month (one CSV column customers_<planId> each).',
};

function actual(key: ActualKey): InputEntry {
  const output = key === 'customersByPlan' ? CUSTOMERS_BY_PLAN : MONTHLY_ENTRIES[key];
  const { label, shortLabel, kind, period, higherIsBetter, formula, explanation } = output;
  const unit = period === 'month' ? 'in the month' : 'at the end of the month';
  return { key, label, shortLabel, kind, period, higherIsBetter, formula, explanation, unit, range: key === 'cash' ? ANY_NUMBER : NON_NEGATIVE };
}

export const ACTUAL_ENTRIES = Object.fromEntries(ACTUAL_KEYS.map((k) => [k, actual(k)])) as Record<ActualKey, InputEntry>;
