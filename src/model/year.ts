import { ratio } from './ratio';
import { YEAR_SUMS, coefficients } from './year-coefficients';
import { YEARS as YEARS_IN_MODEL, type MonthlySeries, type YearFigures } from './types';

const YEARS = YEARS_IN_MODEL as 5;

/** The sums of one year's 12 months that its figures are made of (MODEL.md, "One year"). */
export interface YearTotals {
  revenue: number;
  cogs: number;
  grossProfit: number;
  marketingSpend: number;
  salesMarketingOverhead: number;
  operatingExpenses: number;
  ebitda: number;
  financing: number;
  visitors: number;
  trials: number;
  newCustomers: number;
  /** The sum over the months of customers: arpu's denominator. */
  customerMonths: number;
}

/** The December figures a year reads: month series of a projection or a forecast. */
export type DecemberSeries = Pick<MonthlySeries, 'nrr' | 'mrr' | 'customers' | 'cash' | 'ltv' | 'ltvToCac' | 'runwayMonths'>;

/**
 * One year (MODEL.md): the sums; grossMargin, cac, fullyLoadedCac, arpu, cacPaybackMonths as
 * ratios of the sums; nrr, endingMrr, arr = 12 x endingMrr, endingCustomers, endingCash, ltv,
 * ltvToCac, runwayMonths from December (month `dec`); revenueGrowth = revenue / prevRevenue - 1
 * (null without a previous year), ebitdaMargin = ebitda / revenue, ruleOf40 = revenueGrowth +
 * ebitdaMargin, netNewArr = arr - prevArr, burnMultiple = -ebitda / netNewArr (null unless
 * ebitda < 0 and netNewArr > 0), magicNumber = netNewArr / (marketingSpend + salesMarketingOverhead).
 */
export function yearFigures(year: number, t: YearTotals, s: DecemberSeries, dec: number, prevRevenue: number | null, prevArr: number): YearFigures {
  const { revenue, grossProfit, marketingSpend, salesMarketingOverhead, ebitda, newCustomers } = t;
  const gm = ratio(grossProfit, revenue);
  const c = ratio(marketingSpend, newCustomers);
  const a = ratio(revenue, t.customerMonths);
  const unitMargin = a !== null && gm !== null ? a * gm : 0;
  const arr = 12 * s.mrr[dec]!;
  const growth = prevRevenue === null ? null : ratio(revenue, prevRevenue);
  const revenueGrowth = growth === null ? null : growth - 1;
  const ebitdaMargin = ratio(ebitda, revenue);
  const netNewArr = arr - prevArr;
  return {
    year,
    revenue, cogs: t.cogs, grossProfit, marketingSpend, salesMarketingOverhead, operatingExpenses: t.operatingExpenses,
    ebitda, financing: t.financing, visitors: t.visitors, trials: t.trials, newCustomers,
    grossMargin: gm,
    cac: c,
    fullyLoadedCac: ratio(marketingSpend + salesMarketingOverhead, newCustomers),
    arpu: a,
    cacPaybackMonths: c !== null && unitMargin > 0 ? ratio(c, unitMargin) : null,
    nrr: s.nrr[dec]!,
    endingMrr: s.mrr[dec]!,
    arr,
    endingCustomers: s.customers[dec]!,
    endingCash: s.cash[dec]!,
    ltv: s.ltv[dec]!,
    ltvToCac: s.ltvToCac[dec]!,
    runwayMonths: s.runwayMonths[dec]!,
    revenueGrowth,
    ebitdaMargin,
    ruleOf40: revenueGrowth !== null && ebitdaMargin !== null ? revenueGrowth + ebitdaMargin : null,
    netNewArr,
    burnMultiple: ebitda < 0 && netNewArr > 0 ? ratio(-ebitda, netNewArr) : null,
    magicNumber: ratio(netNewArr, marketingSpend + salesMarketingOverhead),
  };
}

const totals: YearTotals = {
  revenue: 0, cogs: 0, grossProfit: 0, marketingSpend: 0, salesMarketingOverhead: 0, operatingExpenses: 0,
  ebitda: 0, financing: 0, visitors: 0, trials: 0, newCustomers: 0, customerMonths: 0,
};

/**
 * The plan's years from fromYear on, from the month loop's sums (coefficients.yearSums) and the
 * year's coefficients; the years before fromYear keep their figures (an object per year, never
 * written over). `firstPrevArr` is the first year's prevArr: 12 x sum of initialCustomers x
 * first-year price.
 */
export function summariseYears(startYear: number, s: MonthlySeries, years: YearFigures[], fromYear: number, firstPrevArr: number): void {
  const k = coefficients;
  const sums = k.yearSums;
  for (let y = fromYear; y < YEARS; y++) {
    // The yearly drivers are the same every month: summed month by month, as the table would.
    let marketingSpend = 0, salesMarketingOverhead = 0, operatingExpenses = 0, visitors = 0, trials = 0, newCustomers = 0;
    for (let n = 0; n < 12; n++) {
      marketingSpend += k.marketingSpend[y]!; salesMarketingOverhead += k.salesMarketingOverhead[y]!; operatingExpenses += k.operatingExpenses[y]!;
      visitors += k.visitors[y]!; trials += k.trials[y]!; newCustomers += k.newCustomers[y]!;
    }
    const at = y * YEAR_SUMS;
    totals.revenue = sums[at]!; totals.cogs = sums[at + 1]!; totals.grossProfit = sums[at + 2]!;
    totals.ebitda = sums[at + 3]!; totals.customerMonths = sums[at + 4]!; totals.financing = sums[at + 5]!;
    totals.marketingSpend = marketingSpend; totals.salesMarketingOverhead = salesMarketingOverhead;
    totals.operatingExpenses = operatingExpenses; totals.visitors = visitors; totals.trials = trials; totals.newCustomers = newCustomers;
    const prev = y > 0 ? years[y - 1]! : null;
    years[y] = yearFigures(startYear + y, totals, s, y * 12 + 11, prev ? prev.revenue : null, prev ? prev.arr! : firstPrevArr);
  }
}
