import { MONTHLY_ENTRIES } from './catalogue-monthly';
import { withKeys, type OutputEntry } from './catalogue-types';
import type { AnnualFigure, Summary } from './types';

// Every figure of one year (MODEL.md, "One year") and of the whole projection.

/** The annual figures of schema version 2 (the board metrics join the engine's list). */
export type AnnualKey = AnnualFigure | 'financing' | 'runwayMonths' | 'revenueGrowth' | 'ebitdaMargin' | 'ruleOf40' | 'netNewArr' | 'burnMultiple' | 'magicNumber';

type Spec = Omit<OutputEntry, 'key'>;
const m = MONTHLY_ENTRIES;
/** A sum over the year's 12 months: the month's words, a year's worth. */
const sum = (e: OutputEntry): Spec => ({ ...e, period: 'year', formula: `${e.key} = sum over the year's 12 months of ${e.key}`, explanation: `${e.explanation.replace(/ of the month| in the month/g, '')} Summed over the year.` });
/** A ratio of the year's sums, or a level taken from December. */
const keep = (e: OutputEntry, formula: string, explanation = e.explanation): Spec => ({ ...e, formula, explanation });
const GROWTH_NULL = 'the first year has no previous year, or the previous year had no revenue';

export const ANNUAL_ENTRIES: Record<AnnualKey, OutputEntry> = withKeys<AnnualKey, OutputEntry>({
  revenue: sum(m.revenue),
  cogs: sum(m.cogs),
  grossProfit: sum(m.grossProfit),
  marketingSpend: sum(m.marketingSpend),
  salesMarketingOverhead: sum(m.salesMarketingOverhead),
  operatingExpenses: sum(m.operatingExpenses),
  ebitda: keep({ ...m.ebitda, period: 'year' }, 'ebitda = grossProfit - marketingSpend - salesMarketingOverhead - operatingExpenses (summed over the year)'),
  financing: sum(m.financing),
  visitors: sum(m.visitors),
  trials: sum(m.trials),
  newCustomers: sum(m.newCustomers),
  grossMargin: keep(m.grossMargin, 'grossMargin = grossProfit / revenue, where cogs = revenue * cogsPercent + customers * cogsPerCustomer'),
  cac: keep(m.cac, 'cac = marketingSpend / newCustomers'),
  fullyLoadedCac: keep(m.fullyLoadedCac, 'fullyLoadedCac = (marketingSpend + salesMarketingOverhead) / newCustomers'),
  arpu: keep(m.arpu, 'arpu = revenue / (sum over the months of customers)'),
  cacPaybackMonths: keep(m.cacPaybackMonths, 'cacPaybackMonths = cac / (arpu * grossMargin)', 'Months of gross profit from one customer needed to earn back its paid CAC. Not computable unless arpu * grossMargin > 0.'),
  nrr: keep(m.nrr, "nrr = December's cohort mrr / its mrr 12 months earlier: the customers at the end of month m-12, moved through months m-11..m with churn, upgrade and downgrade only (no new customers)", 'Net revenue retention: how much a year-old customer base earns now compared with a year ago. Above 100 % means upgrades outweigh churn and downgrades.'),
  endingMrr: keep({ ...m.mrr, label: 'MRR (December)' }, 'endingMrr = mrr of December = sum C_i * p_i (customers of each plan times its price)', 'Monthly recurring revenue at the end of the year.'),
  arr: { label: 'ARR', shortLabel: 'ARR', kind: 'money', period: 'year', higherIsBetter: true, whyNull: null, formula: 'arr = 12 * endingMrr', explanation: 'Annual recurring revenue: December’s MRR times twelve.' },
  endingCustomers: keep({ ...m.customers, label: 'Customers (December)' }, 'endingCustomers = sum C_i (all plans, end of December)', 'Paying customers at the end of the year. Customers are fractional: the model is an expectation, not a draw.'),
  endingCash: keep({ ...m.cash, label: 'Cash (December)' }, "endingCash = cash of December, where cash = last month's cash + ebitda + financing (startingCash before month 0)", 'Cash at the end of December; the card also shows the lowest point over the 60 months and its month.'),
  ltv: keep(m.ltv, "ltv = arpu * grossMargin / customerChurnRate (December's figures)"),
  ltvToCac: keep(m.ltvToCac, "ltvToCac = ltv / cac, where ltv = arpu * grossMargin / customerChurnRate (December's figures)"),
  runwayMonths: keep(m.runwayMonths, "runwayMonths = December's max(cash, 0) / netBurn"),
  revenueGrowth: { label: 'Revenue growth', shortLabel: 'Growth', kind: 'rate', period: 'year', higherIsBetter: true, whyNull: GROWTH_NULL, formula: "revenueGrowth = revenue / previous year's revenue - 1", explanation: 'How much more revenue the year made than the year before.' },
  ebitdaMargin: { label: 'EBITDA margin', shortLabel: 'EBITDA margin', kind: 'rate', period: null, higherIsBetter: true, whyNull: 'no revenue, so there is no margin', formula: 'ebitdaMargin = ebitda / revenue', explanation: 'The share of revenue left as operating profit.' },
  ruleOf40: { label: 'Rule of 40', shortLabel: 'Rule of 40', kind: 'rate', period: null, higherIsBetter: true, whyNull: GROWTH_NULL, formula: 'ruleOf40 = revenueGrowth + ebitdaMargin', explanation: 'Growth plus profitability; 40 % or more meets the rule.' },
  netNewArr: { label: 'Net new ARR', shortLabel: 'Net new ARR', kind: 'money', period: 'year', higherIsBetter: true, whyNull: null, formula: 'netNewArr = arr - prevArr (first year: 12 x the initial customers x first-year prices)', explanation: 'ARR added over the year, after churn and contraction.' },
  burnMultiple: { label: 'Burn multiple', shortLabel: 'Burn multiple', kind: 'multiple', period: null, higherIsBetter: false, whyNull: 'the year made money or added no ARR', formula: 'burnMultiple = -ebitda / netNewArr', explanation: 'Cash burned for each dollar of net new ARR; lower is more efficient.' },
  magicNumber: { label: 'Magic number', shortLabel: 'Magic number', kind: 'multiple', period: null, higherIsBetter: true, whyNull: 'no sales and marketing spend', formula: 'magicNumber = netNewArr / (marketingSpend + salesMarketingOverhead)', explanation: 'Net new ARR for each dollar of sales and marketing.' },
});

/** The forecast's years also say how many of their months are actual (MODEL.md, "Actuals and the forecast"). */
export const FORECAST_YEAR_ENTRIES: Record<'actualMonths', OutputEntry> = withKeys<'actualMonths', OutputEntry>({
  actualMonths: { label: 'Actual months', shortLabel: 'Actual', kind: 'count', period: null, higherIsBetter: null, whyNull: null, formula: 'actualMonths = how many of the year\'s months are actual months (<= L)', explanation: 'How many months of the year come from actuals rather than the assumptions.' },
});

/** The whole projection (MODEL.md, "The whole projection"). */
export const SUMMARY_ENTRIES: Record<keyof Summary, OutputEntry> = withKeys<keyof Summary, OutputEntry>({
  breakEvenMonth: { label: 'Break-even', shortLabel: 'Break-even', kind: 'monthIndex', period: null, higherIsBetter: false, whyNull: "EBITDA is still negative in the last month", formula: "breakEvenMonth = the first month from which EBITDA stays >= 0 through month 59 (none if month 59's EBITDA is negative)", explanation: 'The month the business turns profitable for good.' },
  lowestCash: { label: 'Lowest cash', shortLabel: 'Lowest cash', kind: 'money', period: null, higherIsBetter: true, whyNull: null, formula: 'lowestCash = the minimum of cash over the 60 months', explanation: 'The lowest the bank balance gets.' },
  lowestCashMonth: { label: 'Lowest cash month', shortLabel: 'Lowest in', kind: 'monthIndex', period: null, higherIsBetter: null, whyNull: null, formula: 'lowestCashMonth = the first month in which cash is lowestCash', explanation: 'When the bank balance is lowest.' },
  cashOutMonth: { label: 'Cash runs out', shortLabel: 'Cash out', kind: 'monthIndex', period: null, higherIsBetter: true, whyNull: 'cash never goes below 0', formula: 'cashOutMonth = the first month whose cash is below 0 (none if none)', explanation: 'The first month the bank balance is negative.' },
});
