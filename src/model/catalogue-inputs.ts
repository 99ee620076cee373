import { withKeys, type InputEntry, type ValidRange } from './catalogue-types';
import type { DriverKey, PlanRowKey } from './types';

// Every input of a scenario file (MODEL.md, "Scenario file"): what it is called, its unit and
// period, what validation accepts, and how the engine uses it.

/** A rate: a fraction in [0, 1]. */
export const RATE_RANGE: ValidRange = { min: 0, max: 1 };
/** Money or a count: not negative. */
export const NON_NEGATIVE: ValidRange = { min: 0, max: Infinity };
/** More than 0: a visitor's cost, a funding amount. */
export const POSITIVE: ValidRange = { min: 0, max: Infinity, exclusiveMin: true };
/** Any finite number: starting cash, actual cash. */
export const ANY_NUMBER: ValidRange = { min: -Infinity, max: Infinity };

/** The driver rows, five cells each (one per year). */
export const DRIVER_ENTRIES: Record<DriverKey, InputEntry> = withKeys<DriverKey, InputEntry>({
  marketingBudget: {
    label: 'Marketing budget', shortLabel: 'Marketing budget', kind: 'money', period: 'year', unit: 'per year', range: NON_NEGATIVE, higherIsBetter: null,
    formula: 'marketingSpend = marketingBudget / 12 each month',
    explanation: 'Paid acquisition spend for the whole year; the model spends a twelfth of it each month.',
  },
  visitorAcquisitionCost: {
    label: 'Visitor acquisition cost', shortLabel: 'Cost per visitor', kind: 'unitMoney', period: null, unit: 'per visitor', range: POSITIVE, higherIsBetter: false,
    formula: 'visitors = marketingSpend / visitorAcquisitionCost',
    explanation: 'What one visitor to the site costs in paid marketing. Must be more than 0.',
  },
  visitorToTrial: {
    label: 'Visitor-to-trial', shortLabel: 'Visitor→trial', kind: 'rate', period: null, unit: 'of visitors', range: RATE_RANGE, higherIsBetter: true,
    formula: 'trials = visitors * visitorToTrial',
    explanation: 'The share of visitors who start a trial.',
  },
  trialToPaid: {
    label: 'Trial-to-paid', shortLabel: 'Trial→paid', kind: 'rate', period: null, unit: 'of trials', range: RATE_RANGE, higherIsBetter: true,
    formula: 'newCustomers = trials * trialToPaid',
    explanation: 'The share of trials that become paying customers.',
  },
  cogsPercent: {
    label: 'COGS %', shortLabel: 'COGS %', kind: 'rate', period: null, unit: 'of revenue', range: RATE_RANGE, higherIsBetter: false,
    formula: 'cogs = revenue * cogsPercent + customers * cogsPerCustomer',
    explanation: 'Cost of goods sold that grows with revenue (payment fees, licences), as a share of revenue.',
  },
  cogsPerCustomer: {
    label: 'COGS per customer', shortLabel: 'COGS/customer', kind: 'unitMoney', period: 'month', unit: '/mo', range: NON_NEGATIVE, higherIsBetter: false,
    formula: 'cogs = revenue * cogsPercent + customers * cogsPerCustomer',
    explanation: 'Hosting and support cost of one customer for one month.',
  },
  salesMarketingOverhead: {
    label: 'S&M overhead', shortLabel: 'S&M overhead', kind: 'money', period: 'month', unit: '/mo', range: NON_NEGATIVE, higherIsBetter: false,
    formula: 'ebitda = grossProfit - marketingSpend - salesMarketingOverhead - operatingExpenses',
    explanation: 'Sales and marketing salaries and tools, per month (not the paid marketing budget).',
  },
  operatingExpenses: {
    label: 'Operating expenses', shortLabel: 'Opex', kind: 'money', period: 'month', unit: '/mo', range: NON_NEGATIVE, higherIsBetter: false,
    formula: 'ebitda = grossProfit - marketingSpend - salesMarketingOverhead - operatingExpenses',
    explanation: 'R&D and G&A costs, per month.',
  },
});

/** A plan's rows, five cells each; the label is read after the plan's name ("Pro price"). */
export const PLAN_ROW_ENTRIES: Record<PlanRowKey, InputEntry> = withKeys<PlanRowKey, InputEntry>({
  price: {
    label: 'price', shortLabel: 'price', kind: 'unitMoney', period: 'month', unit: '/mo', range: NON_NEGATIVE, higherIsBetter: true,
    formula: 'mrr = sum C_i * p_i',
    explanation: 'What one customer of the plan pays per month.',
  },
  mix: {
    label: 'mix', shortLabel: 'mix', kind: 'rate', period: null, unit: 'of new customers', range: RATE_RANGE, higherIsBetter: null,
    formula: 'new_i = newCustomers * mix_i; the plans\' mix sums to 100 % each year',
    explanation: 'The share of new customers who choose the plan.',
  },
  churn: {
    label: 'churn', shortLabel: 'churn', kind: 'rate', period: 'month', unit: '/mo', range: RATE_RANGE, higherIsBetter: false,
    formula: 'churned_i = S_i * churn_i',
    explanation: 'The share of the plan\'s customers at the start of a month who leave in that month.',
  },
  upgrade: {
    label: 'upgrade', shortLabel: 'upgrade', kind: 'rate', period: 'month', unit: '/mo', range: RATE_RANGE, higherIsBetter: true,
    formula: 'up_i = S_i * upgrade_i (0 on the top plan)',
    explanation: 'The share of the plan\'s customers who move to the next tier each month; 0 on the top plan.',
  },
  downgrade: {
    label: 'downgrade', shortLabel: 'downgrade', kind: 'rate', period: 'month', unit: '/mo', range: RATE_RANGE, higherIsBetter: false,
    formula: 'down_i = S_i * downgrade_i (0 on the bottom plan)',
    explanation: 'The share of the plan\'s customers who move to the previous tier each month; 0 on the bottom plan.',
  },
});

/** The single-number fields of a scenario and of a plan. */
export type ScenarioFieldKey = 'startYear' | 'startingCash' | 'initialCustomers';
export const SCENARIO_FIELD_ENTRIES: Record<ScenarioFieldKey, InputEntry> = withKeys<ScenarioFieldKey, InputEntry>({
  startYear: {
    label: 'Start year', shortLabel: 'Start year', kind: 'year', period: null, unit: '', range: { min: 1900, max: 9999 }, higherIsBetter: null,
    formula: 'year of month m = startYear + floor(m / 12)',
    explanation: 'The first projected calendar year; the projection runs five years from its January.',
  },
  startingCash: {
    label: 'Starting cash', shortLabel: 'Starting cash', kind: 'money', period: null, unit: 'at the start', range: ANY_NUMBER, higherIsBetter: true,
    formula: "cash = last month's cash + ebitda + financing (startingCash before month 0)",
    explanation: 'Cash in the bank at the start of the first month; may be negative.',
  },
  initialCustomers: {
    label: 'Initial customers', shortLabel: 'Initial customers', kind: 'count', period: null, unit: 'at the start', range: NON_NEGATIVE, higherIsBetter: true,
    formula: 'S_i = initialCustomers_i before month 0',
    explanation: 'The plan\'s paying customers at the start of the first month.',
  },
});

/** A funding round's fields (schema version 2). */
export type FundingFieldKey = 'month' | 'amount';
export const FUNDING_FIELD_ENTRIES: Record<FundingFieldKey, InputEntry> = withKeys<FundingFieldKey, InputEntry>({
  month: {
    label: 'Month', shortLabel: 'Month', kind: 'yearMonth', period: null, unit: 'YYYY-MM', range: ANY_NUMBER, higherIsBetter: null,
    formula: 'financing of month m = sum of the amounts of the rounds in month m',
    explanation: 'The month the money arrives, as YYYY-MM within the projection.',
  },
  amount: {
    label: 'Amount', shortLabel: 'Amount', kind: 'money', period: null, unit: 'once', range: POSITIVE, higherIsBetter: true,
    formula: "cash = last month's cash + ebitda + financing",
    explanation: 'Cash from outside the business (equity, a loan) that arrives once, in its month. Must be more than 0.',
  },
});
