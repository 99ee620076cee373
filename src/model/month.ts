import { YEAR_SUMS, coefficients } from './year-coefficients';
import { MONTHS as MONTHS_IN_MODEL, type Projection, type ScenarioValues } from './types';

// Local copy: an imported binding costs a load and a check on every loop turn (a getter call
// under test runners that rewrite imports), and this loop reads it thousands of times.
const MONTHS = MONTHS_IN_MODEL as 60;

/**
 * One month (MODEL.md), for months m0..59: the funnel, each plan's churned, upgraded, downgraded
 * and new customers (C_i = S_i - churned_i - up_i - down_i + up_(i-1) + down_(i+1) + new_i), the
 * MRR bridge, the P&L, financing and cash = last month's cash + ebitda + financing. Starts from
 * the customers and cash at the end of month m0 - 1 in `target` (initialCustomers and
 * startingCash when m0 = 0). Needs loadCoefficients(values) first. Also keeps each year's sums
 * of revenue, COGS, gross profit, EBITDA, customer-months and financing in coefficients.yearSums
 * (a year's sums are whole only when m0 is its first month or earlier).
 */
export function projectMonths(values: ScenarioValues, target: Projection, m0: number): void {
  const k = coefficients;
  const P = values.plans.length;
  const financing = values.financing;
  // Local aliases of the shared buffers let the compiler keep them in registers.
  let S = k.startCustomers, C = k.endCustomers;
  const kPrice = k.price, kMix = k.mix, kChurn = k.churn, kUp = k.upgrade, kDown = k.downgrade;
  const ySpend = k.marketingSpend, yVisitors = k.visitors, yTrials = k.trials, yNew = k.newCustomers;
  const yCogsPct = k.cogsPercent, yCogsPer = k.cogsPerCustomer, ySmo = k.salesMarketingOverhead, yOpex = k.operatingExpenses;
  const { monthly, customersByPlan, mrrByPlan } = target;
  // Resuming at month m0: the customers at the end of the month before it.
  for (let i = 0; i < P; i++) S[i] = m0 === 0 ? values.plans[i]!.initialCustomers : customersByPlan[i]![m0 - 1]!;
  const {
    marketingSpend: sSpend, visitors: sVisitors, trials: sTrials, newCustomers: sNew,
    churnedCustomers: sChurned, customers: sCustomers, mrr: sMrr, startMrr: sStartMrr,
    newMrr: sNewMrr, expansionMrr: sExp, contractionMrr: sContr, churnedMrr: sChurnedMrr,
    revenue: sRevenue, cogs: sCogs, grossProfit: sGross, salesMarketingOverhead: sSmo,
    operatingExpenses: sOpex, ebitda: sEbitda, financing: sFinancing, cash: sCash,
  } = monthly;

  let cash = m0 === 0 ? values.startingCash : sCash[m0 - 1]!;
  const sums = k.yearSums;
  let yRevenue = 0, yCogs = 0, yGross = 0, yEbitda = 0, yCustomerMonths = 0, yFinancing = 0;
  for (let m = m0; m < MONTHS; m++) {
    const y = (m / 12) | 0;
    const spend = ySpend[y]!;
    const newCustomers = yNew[y]!;
    const base = y * P;
    // q_i: last month's price (this year's in month 0).
    const qBase = m === 0 ? 0 : (((m - 1) / 12) | 0) * P;

    let churnedCustomers = 0, customers = 0;
    let mrr = 0, startMrr = 0, newMrr = 0, churnedMrr = 0, expansion = 0, contraction = 0;
    for (let i = 0; i < P; i++) {
      const at = base + i;
      const startCustomers = S[i]!;
      const p = kPrice[at]!;
      const q = kPrice[qBase + i]!;
      const churned = startCustomers * kChurn[at]!;
      const up = startCustomers * kUp[at]!;
      const down = startCustomers * kDown[at]!;
      const added = newCustomers * kMix[at]!;
      // Gathered from the neighbours' start-of-month customers (S is overwritten only after the loop).
      let endCustomers = startCustomers - churned - up - down + added;
      if (i > 0) endCustomers = S[i - 1]! * kUp[at - 1]! + endCustomers;
      if (i < P - 1) endCustomers += S[i + 1]! * kDown[at + 1]!;
      C[i] = endCustomers;
      churnedCustomers += churned;
      startMrr += startCustomers * q;
      newMrr += added * p;
      churnedMrr += churned * q;
      // The movement terms: repricing, upgrade and downgrade; positive ones are expansion.
      const repricing = (startCustomers - churned) * (p - q);
      if (repricing > 0) expansion += repricing; else contraction -= repricing;
      if (up !== 0) {
        const t = up * (kPrice[at + 1]! - p);
        if (t > 0) expansion += t; else contraction -= t;
      }
      if (down !== 0) {
        const t = down * (kPrice[at - 1]! - p);
        if (t > 0) expansion += t; else contraction -= t;
      }
      const planMrr = endCustomers * p;
      customersByPlan[i]![m] = endCustomers;
      mrrByPlan[i]![m] = planMrr;
      customers += endCustomers;
      mrr += planMrr;
    }
    const swap = S; S = C; C = swap;
    const revenue = mrr;
    const cogs = revenue * yCogsPct[y]! + customers * yCogsPer[y]!;
    const gross = revenue - cogs;
    const smo = ySmo[y]!;
    const opex = yOpex[y]!;
    const ebitda = gross - spend - smo - opex;
    const funded = financing === undefined ? 0 : financing[m]!;
    cash += ebitda + funded;

    sSpend[m] = spend; sVisitors[m] = yVisitors[y]!; sTrials[m] = yTrials[y]!; sNew[m] = newCustomers;
    sChurned[m] = churnedCustomers; sCustomers[m] = customers; sMrr[m] = mrr; sStartMrr[m] = startMrr;
    sNewMrr[m] = newMrr; sExp[m] = expansion; sContr[m] = contraction; sChurnedMrr[m] = churnedMrr;
    sRevenue[m] = revenue; sCogs[m] = cogs; sGross[m] = gross; sSmo[m] = smo; sOpex[m] = opex;
    sEbitda[m] = ebitda; sFinancing[m] = funded; sCash[m] = cash;

    // The year's sums, kept as the months go (MODEL.md, "One year").
    yRevenue += revenue; yCogs += cogs; yGross += gross; yEbitda += ebitda; yCustomerMonths += customers; yFinancing += funded;
    if (m % 12 === 11) {
      const at = y * YEAR_SUMS;
      sums[at] = yRevenue; sums[at + 1] = yCogs; sums[at + 2] = yGross;
      sums[at + 3] = yEbitda; sums[at + 4] = yCustomerMonths; sums[at + 5] = yFinancing;
      yRevenue = 0; yCogs = 0; yGross = 0; yEbitda = 0; yCustomerMonths = 0; yFinancing = 0;
    }
  }
}
