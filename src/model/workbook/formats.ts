import type { DriverKey, PlanRowKey } from '../types';

// Excel number formats of the live workbook, so its cells read as the app's figures do while
// holding full-precision numbers. Kept by unit; a figure without an entry reads as a plain number.

const MONEY = '#,##0';
const UNIT = '#,##0.00';
const PERCENT = '0.0%';
const RATE = '0.00%';
const COUNT = '#,##0.0';
const MONTHS = '0.0';
const MULTIPLE = '0.00"x"';

const FIGURE_FORMATS: Readonly<Record<string, string>> = {
  marketingSpend: MONEY, visitors: COUNT, trials: COUNT, newCustomers: COUNT, churnedCustomers: COUNT,
  customers: COUNT, mrr: MONEY, startMrr: MONEY, newMrr: MONEY, expansionMrr: MONEY, contractionMrr: MONEY,
  churnedMrr: MONEY, revenue: MONEY, cogs: MONEY, grossProfit: MONEY, salesMarketingOverhead: MONEY,
  operatingExpenses: MONEY, ebitda: MONEY, financing: MONEY, cash: MONEY, netBurn: MONEY,
  arpu: UNIT, grossMargin: PERCENT, cac: UNIT, fullyLoadedCac: UNIT, cacPaybackMonths: MONTHS,
  customerChurnRate: RATE, ltv: UNIT, ltvToCac: MULTIPLE, quickRatio: MULTIPLE, nrr: PERCENT, runwayMonths: MONTHS,
  endingMrr: MONEY, arr: MONEY, endingCustomers: COUNT, endingCash: MONEY,
  revenueGrowth: PERCENT, ebitdaMargin: PERCENT, ruleOf40: PERCENT, netNewArr: MONEY, burnMultiple: MULTIPLE, magicNumber: MULTIPLE,
  lowestCash: MONEY,
};

/** The number format of an output figure (MODEL.md's key), or General. */
export function figureFormat(key: string): string {
  return FIGURE_FORMATS[key] ?? 'General';
}

const INPUT_FORMATS: Readonly<Record<DriverKey | PlanRowKey, string>> = {
  marketingBudget: MONEY, visitorAcquisitionCost: UNIT, visitorToTrial: RATE, trialToPaid: RATE, cogsPercent: RATE,
  cogsPerCustomer: UNIT, salesMarketingOverhead: MONEY, operatingExpenses: MONEY,
  price: UNIT, mix: RATE, churn: RATE, upgrade: RATE, downgrade: RATE,
};

/** The number format of an input row (a driver key or a plan row field). */
export function inputFormat(key: DriverKey | PlanRowKey): string {
  return INPUT_FORMATS[key];
}

export const FORMATS = { money: MONEY, count: COUNT, month: '0', date: 'yyyy-mm' } as const;
