// The contract's actual-month shape (MODEL.md, "Actuals"), until the model branch's schema v2
// brings ACTUAL_FIGURES and ActualMonth into types.ts; then this file only re-exports them.

/** The figures an actual month may give besides `customersByPlan` (MODEL.md, "Actuals"). */
export const ACTUAL_FIGURES = [
  'marketingSpend',
  'visitors',
  'trials',
  'newCustomers',
  'churnedCustomers',
  'mrr',
  'newMrr',
  'expansionMrr',
  'contractionMrr',
  'churnedMrr',
  'cogs',
  'salesMarketingOverhead',
  'operatingExpenses',
  'cash',
  'nrr',
] as const;
export type ActualFigure = (typeof ACTUAL_FIGURES)[number];

/** What really happened in one month: each figure optional. */
export type ActualMonth = { month: string; customersByPlan?: Record<string, number> } & Partial<Record<ActualFigure, number>>;
