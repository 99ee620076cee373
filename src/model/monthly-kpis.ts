import { fin } from './ratio';
import { coefficients } from './year-coefficients';
import { MONTHS as MONTHS_IN_MODEL, type MonthlySeries } from './types';

const MONTHS = MONTHS_IN_MODEL as 60;

/**
 * The monthly KPIs of MODEL.md (arpu, grossMargin, cac, fullyLoadedCac, cacPaybackMonths,
 * customerChurnRate, ltv, ltvToCac, quickRatio, netBurn, runwayMonths; nrr is nrr.ts's) for
 * months from..59, or each December only (step 12, `from` a year's first month). Computed as
 * doubles in which NaN stands for "undefined" (fin() turns an infinity into NaN, so it spreads as
 * null would), and null is stored for it: the data never holds NaN, and no double is boxed on the
 * way, as a `number | null` return value would be. The CACs are the year's (coefficients), as
 * spend and new customers are the same every month of a year.
 */
export function computeKpis(s: MonthlySeries, initialCustomers: number, from: number, step: 1 | 12): void {
  const { mrr, customers, grossProfit, revenue, churnedCustomers, newMrr, expansionMrr, churnedMrr, contractionMrr, ebitda, cash } = s;
  const { arpu, grossMargin, cac, fullyLoadedCac, cacPaybackMonths, customerChurnRate, ltv, ltvToCac, quickRatio, netBurn, runwayMonths } = s;
  const yCac = coefficients.cac, yFullCac = coefficients.fullyLoadedCac;
  for (let m = step === 1 ? from : from + 11; m < MONTHS; m += step) {
    const y = (m / 12) | 0;
    const a = fin(mrr[m]! / customers[m]!);
    const gm = fin(grossProfit[m]! / revenue[m]!);
    const c = yCac[y]!;
    const unitMargin = a * gm;
    // sum S_i, the customers at the start of the month, is last month's customers.
    const churnRate = fin(churnedCustomers[m]! / (m === 0 ? initialCustomers : customers[m - 1]!));
    const l = fin(unitMargin / churnRate);
    // Each series is stored at a line of its own, not through one shared helper: a store site
    // that has seen a null turn an array into boxed values would box every series' doubles.
    const fc = yFullCac[y]!;
    const pay = unitMargin > 0 ? c / unitMargin : NaN;
    const lc = l / c;
    const qr = (newMrr[m]! + expansionMrr[m]!) / (churnedMrr[m]! + contractionMrr[m]!);
    // netBurn = -(mean of ebitda over months max(0, m-2)..m); runway = max(cash, 0) / netBurn.
    const burn = m >= 2 ? -(ebitda[m - 2]! + ebitda[m - 1]! + ebitda[m]!) / 3 : m === 1 ? -(ebitda[0]! + ebitda[1]!) / 2 : -ebitda[0]!;
    const left = cash[m]!;
    const runway = burn > 0 ? (left > 0 ? left : 0) / burn : NaN;
    if (a - a === 0) arpu[m] = a; else arpu[m] = null;
    if (gm - gm === 0) grossMargin[m] = gm; else grossMargin[m] = null;
    if (c - c === 0) cac[m] = c; else cac[m] = null;
    if (fc - fc === 0) fullyLoadedCac[m] = fc; else fullyLoadedCac[m] = null;
    if (pay - pay === 0) cacPaybackMonths[m] = pay; else cacPaybackMonths[m] = null;
    if (churnRate - churnRate === 0) customerChurnRate[m] = churnRate; else customerChurnRate[m] = null;
    if (l - l === 0) ltv[m] = l; else ltv[m] = null;
    if (lc - lc === 0) ltvToCac[m] = lc; else ltvToCac[m] = null;
    if (qr - qr === 0) quickRatio[m] = qr; else quickRatio[m] = null;
    netBurn[m] = burn;
    if (runway - runway === 0) runwayMonths[m] = runway; else runwayMonths[m] = null;
  }
}
