import { withKeys, type OutputEntry } from './catalogue-types';
import type { MonthlyFigure } from './types';

// Every figure of one month (MODEL.md, "One month"): formulas in MODEL.md's words.

/** The monthly figures of schema version 2 (financing, netBurn, runwayMonths join the engine's lists). */
export type MonthlyKey = MonthlyFigure | 'financing' | 'netBurn' | 'runwayMonths';

const ARPU_NULL = 'no customers, so there is nothing to divide by';
const CAC_NULL = 'no new customers, so there is nothing to divide by';

type Spec = Omit<OutputEntry, 'key'>;
const flow = (label: string, shortLabel: string, kind: OutputEntry['kind'], higherIsBetter: boolean | null, formula: string, explanation: string): Spec =>
  ({ label, shortLabel, kind, period: 'month', higherIsBetter, formula, explanation, whyNull: null });

export const MONTHLY_ENTRIES: Record<MonthlyKey, OutputEntry> = withKeys<MonthlyKey, OutputEntry>({
  marketingSpend: flow('Marketing spend', 'Marketing', 'money', null, 'marketingSpend = marketingBudget / 12', 'Paid acquisition spend of the month: a twelfth of the year\'s budget.'),
  visitors: flow('Visitors', 'Visitors', 'count', true, 'visitors = marketingSpend / visitorAcquisitionCost', 'Visitors the month\'s marketing spend buys.'),
  trials: flow('Trials', 'Trials', 'count', true, 'trials = visitors * visitorToTrial', 'Visitors who start a trial.'),
  newCustomers: flow('New customers', 'New', 'count', true, 'newCustomers = trials * trialToPaid', 'Trials that become paying customers, split over the plans by their mix.'),
  churnedCustomers: flow('Churned customers', 'Churned', 'count', false, 'churnedCustomers = sum S_i * churn_i', 'Customers who leave in the month.'),
  customers: { label: 'Customers', shortLabel: 'Customers', kind: 'count', period: null, higherIsBetter: true, whyNull: null, formula: 'customers = sum C_i', explanation: 'Paying customers at the end of the month, all plans. Fractional: the model is an expectation, not a draw.' },
  mrr: flow('MRR', 'MRR', 'money', true, 'mrr = sum C_i * p_i', 'Monthly recurring revenue: each plan\'s customers times its price.'),
  startMrr: flow('Starting MRR', 'Start MRR', 'money', true, 'startMrr = sum S_i * q_i (= last month\'s mrr)', 'The MRR the month starts from, at last month\'s prices.'),
  newMrr: flow('New MRR', 'New', 'money', true, 'newMrr = sum new_i * p_i', 'MRR added by new customers.'),
  expansionMrr: flow('Expansion MRR', 'Expansion', 'money', true, 'expansionMrr = sum of the positive repricing, upgrade and downgrade terms', 'MRR added by upgrades and price rises.'),
  contractionMrr: flow('Contraction MRR', 'Contraction', 'money', false, 'contractionMrr = - sum of the negative repricing, upgrade and downgrade terms', 'MRR lost to downgrades and price cuts.'),
  churnedMrr: flow('Churned MRR', 'Churned', 'money', false, 'churnedMrr = sum churned_i * q_i', 'MRR lost with the customers who leave.'),
  revenue: flow('Revenue', 'Revenue', 'money', true, 'revenue = mrr', 'Revenue of the month: its MRR.'),
  cogs: flow('COGS', 'COGS', 'money', false, 'cogs = revenue * cogsPercent + customers * cogsPerCustomer', 'Cost of goods sold: hosting, support and revenue-linked costs.'),
  grossProfit: flow('Gross profit', 'Gross profit', 'money', true, 'grossProfit = revenue - cogs', 'Revenue left after the cost of serving customers.'),
  salesMarketingOverhead: flow('S&M overhead', 'S&M overhead', 'money', null, 'salesMarketingOverhead = the driver of the year', 'Sales and marketing salaries and tools.'),
  operatingExpenses: flow('Operating expenses', 'Opex', 'money', null, 'operatingExpenses = the driver of the year', 'R&D and G&A costs.'),
  ebitda: flow('EBITDA', 'EBITDA', 'money', true, 'ebitda = grossProfit - marketingSpend - salesMarketingOverhead - operatingExpenses', 'Operating profit before interest, tax, depreciation and amortisation.'),
  financing: flow('Financing', 'Financing', 'money', null, 'financing = sum of the funding amounts of month m (0 without funding)', 'Cash from outside the business that arrives in the month.'),
  cash: { label: 'Cash', shortLabel: 'Cash', kind: 'money', period: null, higherIsBetter: true, whyNull: null, formula: "cash = last month's cash + ebitda + financing (startingCash before month 0)", explanation: 'Cash at the end of the month.' },
  arpu: { label: 'Blended ARPU', shortLabel: 'ARPU', kind: 'unitMoney', period: 'month', higherIsBetter: true, whyNull: ARPU_NULL, formula: 'arpu = mrr / customers', explanation: 'Average revenue per customer per month, across every plan.' },
  grossMargin: { label: 'Gross margin', shortLabel: 'Gross margin', kind: 'rate', period: null, higherIsBetter: true, whyNull: 'no revenue, so there is no margin', formula: 'grossMargin = grossProfit / revenue', explanation: 'The share of revenue left after hosting and support costs.' },
  cac: { label: 'CAC (paid)', shortLabel: 'CAC', kind: 'unitMoney', period: null, higherIsBetter: false, whyNull: CAC_NULL, formula: 'cac = marketingSpend / newCustomers', explanation: 'What the paid marketing spend costs per new customer.' },
  fullyLoadedCac: { label: 'CAC (fully loaded)', shortLabel: 'Loaded CAC', kind: 'unitMoney', period: null, higherIsBetter: false, whyNull: CAC_NULL, formula: 'fullyLoadedCac = (marketingSpend + salesMarketingOverhead) / newCustomers', explanation: 'Acquisition cost per new customer including sales and marketing salaries and tools.' },
  cacPaybackMonths: { label: 'CAC payback', shortLabel: 'Payback', kind: 'months', period: null, higherIsBetter: false, whyNull: 'no new customers, or ARPU x gross margin is not positive, so the cost is never paid back', formula: 'cacPaybackMonths = cac / (arpu * grossMargin)', explanation: 'Months of gross profit from one customer needed to earn back its paid CAC.' },
  customerChurnRate: { label: 'Customer churn rate', shortLabel: 'Churn', kind: 'rate', period: 'month', higherIsBetter: false, whyNull: 'no customers at the start of the month', formula: 'customerChurnRate = sum churned_i / sum S_i', explanation: 'The share of the month\'s starting customers who leave in it.' },
  ltv: { label: 'LTV', shortLabel: 'LTV', kind: 'unitMoney', period: null, higherIsBetter: true, whyNull: 'no churn (an unbounded lifetime) or no customers', formula: 'ltv = arpu * grossMargin / customerChurnRate', explanation: 'Lifetime gross profit of one customer at this month\'s churn.' },
  ltvToCac: { label: 'LTV/CAC', shortLabel: 'LTV/CAC', kind: 'multiple', period: null, higherIsBetter: true, whyNull: 'LTV or CAC is not computable', formula: 'ltvToCac = ltv / cac', explanation: 'How many times a customer\'s lifetime gross profit repays what it cost to acquire.' },
  quickRatio: { label: 'Quick ratio', shortLabel: 'Quick ratio', kind: 'multiple', period: null, higherIsBetter: true, whyNull: 'no churned or contraction MRR to divide by', formula: 'quickRatio = (newMrr + expansionMrr) / (churnedMrr + contractionMrr)', explanation: 'MRR gained for each dollar of MRR lost.' },
  nrr: { label: 'NRR', shortLabel: 'NRR', kind: 'rate', period: null, higherIsBetter: true, whyNull: 'needs a year of history, and customers a year earlier (there were none at the start)', formula: 'nrr = the mrr now of the customers of 12 months ago, moved with churn, upgrade and downgrade only / their mrr then', explanation: 'Net revenue retention: what a year-old customer base earns now compared with a year ago.' },
  netBurn: { label: 'Net burn', shortLabel: 'Net burn', kind: 'money', period: 'month', higherIsBetter: false, whyNull: null, formula: 'netBurn = - (mean of ebitda over months max(0, m-2)..m)', explanation: 'Cash the business loses per month, averaged over the last three months; negative when it makes money.' },
  runwayMonths: { label: 'Runway', shortLabel: 'Runway', kind: 'months', period: null, higherIsBetter: true, whyNull: 'not burning cash (the last three months\' EBITDA averages 0 or more), so the runway is unlimited', formula: 'runwayMonths = max(cash, 0) / netBurn', explanation: 'Months the cash lasts at the current net burn.' },
});
