// How each headline figure is computed, in shared/MODEL.md's words, with a plain reading for a
// planner. The KPI cards show these on focus or hover; the user guide lists them all; a unit test
// keeps docs/user-guide.md in step with them.

export type KpiId =
  | 'arpu' | 'cac' | 'fullyLoadedCac' | 'cacPaybackMonths' | 'grossMargin' | 'nrr' | 'ltvToCac'
  | 'mrr' | 'arr' | 'customers' | 'ebitda' | 'cash' | 'breakEven';

export interface KpiExplanation {
  label: string;
  /** MODEL.md's formula for the year's figure. */
  formula: string;
  /** What it tells a planner. */
  meaning: string;
}

export const KPI_EXPLANATIONS: Record<KpiId, KpiExplanation> = {
  arpu: {
    label: 'Blended ARPU',
    formula: 'arpu = revenue / (sum over the months of customers)',
    meaning: 'Average revenue per customer per month, across every plan.',
  },
  cac: {
    label: 'CAC (paid)',
    formula: 'cac = marketingSpend / newCustomers',
    meaning: 'What the paid marketing spend costs per new customer.',
  },
  fullyLoadedCac: {
    label: 'CAC (fully loaded)',
    formula: 'fullyLoadedCac = (marketingSpend + salesMarketingOverhead) / newCustomers',
    meaning: 'Acquisition cost per new customer including sales and marketing salaries and tools.',
  },
  cacPaybackMonths: {
    label: 'CAC payback',
    formula: 'cacPaybackMonths = cac / (arpu * grossMargin)',
    meaning: 'Months of gross profit from one customer needed to earn back its paid CAC. Not computable unless arpu * grossMargin > 0.',
  },
  grossMargin: {
    label: 'Gross margin',
    formula: 'grossMargin = grossProfit / revenue, where cogs = revenue * cogsPercent + customers * cogsPerCustomer',
    meaning: 'The share of revenue left after hosting and support costs.',
  },
  nrr: {
    label: 'NRR',
    formula: "nrr = December's cohort mrr / its mrr 12 months earlier: the customers at the end of month m-12, moved through months m-11..m with churn, upgrade and downgrade only (no new customers)",
    meaning: 'Net revenue retention: how much a year-old customer base earns now compared with a year ago. Above 100 % means upgrades outweigh churn and downgrades.',
  },
  ltvToCac: {
    label: 'LTV/CAC',
    formula: "ltvToCac = ltv / cac, where ltv = arpu * grossMargin / customerChurnRate (December's figures)",
    meaning: 'How many times a customer’s lifetime gross profit repays what it cost to acquire.',
  },
  mrr: {
    label: 'MRR',
    formula: 'mrr = sum C_i * p_i (customers of each plan times its price, in December)',
    meaning: 'Monthly recurring revenue at the end of the year.',
  },
  arr: {
    label: 'ARR',
    formula: 'arr = 12 * endingMrr',
    meaning: 'Annual recurring revenue: December’s MRR times twelve.',
  },
  customers: {
    label: 'Customers',
    formula: 'endingCustomers = sum C_i (all plans, end of December)',
    meaning: 'Paying customers at the end of the year. Customers are fractional: the model is an expectation, not a draw.',
  },
  ebitda: {
    label: 'EBITDA',
    formula: 'ebitda = grossProfit - marketingSpend - salesMarketingOverhead - operatingExpenses (summed over the year)',
    meaning: 'Operating profit before interest, tax, depreciation and amortisation.',
  },
  cash: {
    label: 'Cash',
    formula: "cash = last month's cash + ebitda (startingCash before month 0)",
    meaning: 'Cash at the end of December; the card also shows the lowest point over the 60 months and its month.',
  },
  breakEven: {
    label: 'Break-even',
    formula: "breakEvenMonth = the first month from which EBITDA stays >= 0 through month 59 (none if month 59's EBITDA is negative)",
    meaning: 'The month the business turns profitable for good.',
  },
};
