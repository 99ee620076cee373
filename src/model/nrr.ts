import { ratio } from './ratio';
import { coefficients } from './year-coefficients';
import { YEARS as YEARS_IN_MODEL, type ScenarioValues } from './types';

const YEARS = YEARS_IN_MODEL as 5;

/** cohort := M_y cohort: one month of year y's churn, upgrade and downgrade, without new customers (`next` is scratch). */
export function moveMonth(cohort: number[], next: number[], base: number, P: number): void {
  const { stay, upgrade, downgrade } = coefficients;
  for (let i = 0; i < P; i++) {
    let v = stay[base + i]! * cohort[i]!;
    if (i > 0) v += upgrade[base + i - 1]! * cohort[i - 1]!;
    if (i < P - 1) v += downgrade[base + i + 1]! * cohort[i + 1]!;
    next[i] = v;
  }
  for (let i = 0; i < P; i++) cohort[i] = next[i]!;
}

/**
 * priceRows[(y * 13 + k) * P + i] = (p_y M_y^k)_i for k = 0..12: the mrr at year y's prices of one
 * customer of plan i after k months of year y's movements. A year's NRR needs its own rows only.
 */
export function computePriceRows(P: number, fromYear: number): void {
  const { priceRows, price, stay, upgrade, downgrade } = coefficients;
  for (let y = fromYear; y < YEARS; y++) {
    const base = y * P;
    const r0 = y * 13 * P;
    for (let i = 0; i < P; i++) priceRows[r0 + i] = price[base + i]!;
    for (let k = 1; k <= 12; k++) {
      const prev = r0 + (k - 1) * P;
      const cur = r0 + k * P;
      for (let j = 0; j < P; j++) {
        let v = priceRows[prev + j]! * stay[base + j]!;
        if (j < P - 1) v += priceRows[prev + j + 1]! * upgrade[base + j]!;
        if (j > 0) v += priceRows[prev + j - 1]! * downgrade[base + j]!;
        priceRows[cur + j] = v;
      }
    }
  }
}

/** NRR of month 11 (MODEL.md): the initial customers through the whole first year, at the first year's prices. */
export function firstYearNrr(values: ScenarioValues, P: number): number | null {
  const { price, priceRows } = coefficients;
  let startMrr = 0, endMrr = 0;
  for (let i = 0; i < P; i++) {
    const initial = values.plans[i]!.initialCustomers;
    startMrr += initial * price[i]!;
    endMrr += initial * priceRows[12 * P + i]!;
  }
  return ratio(endMrr, startMrr);
}

/**
 * U[j * P + i] = (M_(Y-1)^j n)_i for j = 0..10, n the new customers by plan of a month of year
 * Y - 1: what one month's new customers become after j more months of that year.
 */
export function computeNewCustomerPowers(P: number, Y: number): void {
  const { powers: U, stay, upgrade, downgrade, mix } = coefficients;
  const prevBase = (Y - 1) * P;
  const added = coefficients.newCustomers[Y - 1]!;
  for (let i = 0; i < P; i++) U[i] = added * mix[prevBase + i]!;
  for (let j = 1; j <= 10; j++) {
    for (let i = 0; i < P; i++) {
      let v = stay[prevBase + i]! * U[(j - 1) * P + i]!;
      if (i > 0) v += upgrade[prevBase + i - 1]! * U[(j - 1) * P + i - 1]!;
      if (i < P - 1) v += downgrade[prevBase + i + 1]! * U[(j - 1) * P + i + 1]!;
      U[j * P + i] = v;
    }
  }
}

/**
 * NRR (MODEL.md): the customers at the end of month m-12 (the initial customers for m = 11),
 * moved through months m-11..m by churn, upgrade and downgrade only; their mrr at month m over
 * their mrr at month m-12. Months from 12 * fromYear on.
 *
 * Movements are linear and fixed within a year. For m = 12Y + r the cohort spends 11-r months
 * in year Y-1 and r+1 in year Y, so its end mrr is (p_Y M_Y^(r+1)) . T_r with
 * T_r = M_(Y-1)^(11-r) S_(m-12). Because S grows by the year's new customers n each month,
 * T_r = T_(r-1) + M_(Y-1)^(11-r) n: one pass per year instead of replaying 49 cohorts.
 */
export function computeNrr(values: ScenarioValues, P: number, customersByPlan: number[][], mrr: number[], out: (number | null)[], fromYear: number): void {
  const { priceRows, cohort: T, startCustomers: next, powers: U } = coefficients;
  computePriceRows(P, fromYear);
  if (fromYear === 0) {
    for (let m = 0; m < 11; m++) out[m] = null;
    out[11] = firstYearNrr(values, P);
  }
  for (let Y = Math.max(1, fromYear); Y < YEARS; Y++) {
    const prevBase = (Y - 1) * P;
    const first = 12 * (Y - 1);
    computeNewCustomerPowers(P, Y);
    for (let i = 0; i < P; i++) T[i] = customersByPlan[i]![first]!;
    for (let k = 0; k < 11; k++) moveMonth(T, next, prevBase, P);
    for (let r = 0; r < 12; r++) {
      if (r > 0) for (let i = 0; i < P; i++) T[i]! += U[(11 - r) * P + i]!;
      const row = (Y * 13 + r + 1) * P;
      // The cohort's mrr at month m-12 is that month's mrr: the same customers at the same prices.
      let endMrr = 0;
      for (let i = 0; i < P; i++) endMrr += priceRows[row + i]! * T[i]!;
      out[12 * Y + r] = ratio(endMrr, mrr[first + r]!);
    }
  }
}
