import { DRIVER_LABELS } from '../../model/places';
import { resolveMetric } from '../../model/targets';
import type { AnnualFigure, DriverKey, MonthlyFigure, PlanRowKey } from '../../model/types';
import { count, countCompact, money, moneyCompact, months, multiple, percent } from '../format';

// The words and units of every figure, shared by the cards, charts, tables, target editor and
// guide so that a figure reads the same everywhere. Formulas quote shared/MODEL.md.

/** How a figure is shown: `money` is large sums (compact on cards), `unit` is per-customer money. */
export type Kind = 'money' | 'unit' | 'percent' | 'count' | 'months' | 'multiple';

export interface MetricInfo {
  label: string;
  kind: Kind;
  /** Why the figure can be undefined, shown on hover of the em dash. */
  whyNull: string;
}

const always = 'always defined';
const ARPU_NULL = 'no customers, so there is nothing to divide by';
const CAC_NULL = 'no new customers, so there is nothing to divide by';

/** Monthly figures (MODEL.md, "One month"). */
export const MONTHLY_INFO: Record<MonthlyFigure, MetricInfo> = {
  marketingSpend: { label: 'Marketing', kind: 'money', whyNull: always },
  visitors: { label: 'Visitors', kind: 'count', whyNull: always },
  trials: { label: 'Trials', kind: 'count', whyNull: always },
  newCustomers: { label: 'New customers', kind: 'count', whyNull: always },
  churnedCustomers: { label: 'Churned customers', kind: 'count', whyNull: always },
  customers: { label: 'Customers', kind: 'count', whyNull: always },
  mrr: { label: 'MRR', kind: 'money', whyNull: always },
  startMrr: { label: 'Starting MRR', kind: 'money', whyNull: always },
  newMrr: { label: 'New MRR', kind: 'money', whyNull: always },
  expansionMrr: { label: 'Expansion MRR', kind: 'money', whyNull: always },
  contractionMrr: { label: 'Contraction MRR', kind: 'money', whyNull: always },
  churnedMrr: { label: 'Churned MRR', kind: 'money', whyNull: always },
  revenue: { label: 'Revenue', kind: 'money', whyNull: always },
  cogs: { label: 'COGS', kind: 'money', whyNull: always },
  grossProfit: { label: 'Gross profit', kind: 'money', whyNull: always },
  salesMarketingOverhead: { label: 'S&M overhead', kind: 'money', whyNull: always },
  operatingExpenses: { label: 'Operating expenses', kind: 'money', whyNull: always },
  ebitda: { label: 'EBITDA', kind: 'money', whyNull: always },
  cash: { label: 'Cash', kind: 'money', whyNull: always },
  arpu: { label: 'Blended ARPU', kind: 'unit', whyNull: ARPU_NULL },
  grossMargin: { label: 'Gross margin', kind: 'percent', whyNull: 'no revenue, so there is no margin' },
  cac: { label: 'CAC (paid)', kind: 'unit', whyNull: CAC_NULL },
  fullyLoadedCac: { label: 'CAC (fully loaded)', kind: 'unit', whyNull: CAC_NULL },
  cacPaybackMonths: { label: 'CAC payback', kind: 'months', whyNull: 'no new customers, or ARPU x gross margin is not positive, so the cost is never paid back' },
  customerChurnRate: { label: 'Customer churn rate', kind: 'percent', whyNull: 'no customers at the start of the month' },
  ltv: { label: 'LTV', kind: 'unit', whyNull: 'no churn (an unbounded lifetime) or no customers' },
  ltvToCac: { label: 'LTV/CAC', kind: 'multiple', whyNull: 'LTV or CAC is not computable' },
  quickRatio: { label: 'Quick ratio', kind: 'multiple', whyNull: 'no churned or contraction MRR to divide by' },
  nrr: { label: 'NRR', kind: 'percent', whyNull: 'needs a year of history, and customers a year earlier (there were none at the start)' },
  // Schema version 2 (added by the model branch to keep the build green; the catalogue replaces these).
  financing: { label: 'Financing', kind: 'money', whyNull: always },
  netBurn: { label: 'Net burn', kind: 'money', whyNull: always },
  runwayMonths: { label: 'Runway', kind: 'months', whyNull: 'not burning cash (the last three months\' EBITDA averages 0 or more)' },
};

/** Annual figures (MODEL.md, "One year"). */
export const ANNUAL_INFO: Record<AnnualFigure, MetricInfo> = {
  revenue: MONTHLY_INFO.revenue,
  cogs: MONTHLY_INFO.cogs,
  grossProfit: MONTHLY_INFO.grossProfit,
  marketingSpend: MONTHLY_INFO.marketingSpend,
  salesMarketingOverhead: MONTHLY_INFO.salesMarketingOverhead,
  operatingExpenses: MONTHLY_INFO.operatingExpenses,
  ebitda: MONTHLY_INFO.ebitda,
  visitors: MONTHLY_INFO.visitors,
  trials: MONTHLY_INFO.trials,
  newCustomers: MONTHLY_INFO.newCustomers,
  grossMargin: MONTHLY_INFO.grossMargin,
  cac: MONTHLY_INFO.cac,
  fullyLoadedCac: MONTHLY_INFO.fullyLoadedCac,
  arpu: MONTHLY_INFO.arpu,
  cacPaybackMonths: MONTHLY_INFO.cacPaybackMonths,
  nrr: MONTHLY_INFO.nrr,
  endingMrr: { label: 'MRR (December)', kind: 'money', whyNull: always },
  arr: { label: 'ARR', kind: 'money', whyNull: always },
  endingCustomers: { label: 'Customers (December)', kind: 'count', whyNull: always },
  endingCash: { label: 'Cash (December)', kind: 'money', whyNull: always },
  ltv: MONTHLY_INFO.ltv,
  ltvToCac: MONTHLY_INFO.ltvToCac,
  financing: MONTHLY_INFO.financing,
  runwayMonths: MONTHLY_INFO.runwayMonths,
  revenueGrowth: { label: 'Revenue growth', kind: 'percent', whyNull: 'no previous year, or no revenue in it' },
  ebitdaMargin: { label: 'EBITDA margin', kind: 'percent', whyNull: 'no revenue' },
  ruleOf40: { label: 'Rule of 40', kind: 'percent', whyNull: 'needs revenue growth and an EBITDA margin' },
  netNewArr: { label: 'Net new ARR', kind: 'money', whyNull: always },
  burnMultiple: { label: 'Burn multiple', kind: 'multiple', whyNull: 'not burning cash, or ARR did not grow' },
  magicNumber: { label: 'Magic number', kind: 'multiple', whyNull: 'no sales and marketing spend' },
};

const DRIVER_KINDS: Record<DriverKey, Kind> = {
  marketingBudget: 'money',
  visitorAcquisitionCost: 'unit',
  visitorToTrial: 'percent',
  trialToPaid: 'percent',
  cogsPercent: 'percent',
  cogsPerCustomer: 'unit',
  salesMarketingOverhead: 'money',
  operatingExpenses: 'money',
};
const PLAN_KINDS: Record<PlanRowKey, Kind> = { price: 'unit', mix: 'percent', churn: 'percent', upgrade: 'percent', downgrade: 'percent' };

export interface PlanRef { id: string; name: string }

/** A target metric's name and unit: an annual output, a driver, or `<field>_<planId>` ("Pro mix"). */
export function metricInfo(metric: string, plans: readonly PlanRef[]): MetricInfo {
  const ref = resolveMetric(metric, plans.map((p) => p.id));
  if (!ref) return { label: metric, kind: 'count', whyNull: 'the metric is not known to the model' };
  if (ref.kind === 'annual') return ANNUAL_INFO[ref.key];
  if (ref.kind === 'driver') return { label: DRIVER_LABELS[ref.key], kind: DRIVER_KINDS[ref.key], whyNull: always };
  const plan = plans[ref.planIndex]!;
  return { label: `${plan.name || plan.id} ${ref.field}`, kind: PLAN_KINDS[ref.field], whyNull: always };
}

/** Precise, for tables and tooltips: $1,234,567 / $78.00 / 9.3 % / 8,501 / 9.3 mo / 3.2x. */
export function formatPrecise(kind: Kind, x: number, currency: string): string {
  switch (kind) {
    case 'money': return money(x, currency, 0);
    case 'unit': return money(x, currency);
    case 'percent': return percent(x);
    case 'count': return count(x);
    case 'months': return months(x);
    case 'multiple': return multiple(x);
  }
}

/** Compact, for cards and chart axes: $1.2M / $78.00 / 9.3 % / 8.5K / 9.3 mo / 3.2x. */
export function formatCompact(kind: Kind, x: number, currency: string): string {
  switch (kind) {
    case 'money': return moneyCompact(x, currency);
    case 'count': return Math.abs(x) < 10_000 ? count(x) : countCompact(x);
    default: return formatPrecise(kind, x, currency);
  }
}

/** How far a value misses its target, in the metric's unit: "16.7 pts" for rates. */
export function formatGap(kind: Kind, gap: number, currency: string): string {
  if (kind === 'percent') return `${count(gap * 100, 1)} pts`;
  return formatPrecise(kind, gap, currency);
}
