import { computeNewCustomerPowers, computePriceRows, firstYearNrr, moveMonth } from './nrr';
import { ratio } from './ratio';
import { coefficients } from './year-coefficients';
import { YEARS, type ActualMonth, type ScenarioValues } from './types';

/**
 * The forecast's nrr (MODEL.md, "Actuals and the forecast"): the actual where the entry gives it;
 * else, for m >= 11, the cohort of the forecast's customers at the end of month m-12 (the initial
 * customers when m = 11), moved through months m-11..m with the assumptions' churn, upgrade and
 * downgrade; its mrr at month m (this month's prices) over its mrr at month m-12 (that month's
 * prices). Needs loadCoefficients(values) first.
 *
 * As in nrr.ts, T_r = M_(Y-1)^(11-r) S_(m-12) for m = 12Y + r. The step T_r = T_(r-1) +
 * M_(Y-1)^(11-r) n holds only where the customers of month m-12 grew from those of month m-13 by
 * One month (the assumptions' movements and new customers n): a projected month, or an actual
 * month before the first whose customers differ from the plan's (`planCustomers`), as then so
 * were the month before's. A cohort that starts anywhere else is moved month by month.
 */
export function forecastNrr(values: ScenarioValues, actuals: readonly ActualMonth[], L: number, customersByPlan: number[][], planCustomers: readonly number[][], out: (number | null)[]): void {
  const P = values.plans.length;
  const { priceRows, cohort: T, startCustomers: next, powers: U, price } = coefficients;
  const actual = (m: number) => (m <= L ? actuals[m]!.nrr : undefined);
  let firstDifferent = 0;
  for (; firstDifferent <= L; firstDifferent++) {
    let same = true;
    for (let i = 0; i < P && same; i++) same = Object.is(customersByPlan[i]![firstDifferent], planCustomers[i]![firstDifferent]);
    if (!same) break;
  }
  const grewByOneMonth = (start: number) => start > L || start < firstDifferent;
  computePriceRows(P, 0);
  for (let m = 0; m < 11; m++) out[m] = actual(m) ?? null;
  out[11] = actual(11) ?? firstYearNrr(values, P);
  for (let Y = 1; Y < YEARS; Y++) {
    const prevBase = (Y - 1) * P;
    computeNewCustomerPowers(P, Y);
    let haveCohort = false;
    for (let r = 0; r < 12; r++) {
      const start = 12 * (Y - 1) + r;
      const m = start + 12;
      const given = actual(m);
      if (given !== undefined) { out[m] = given; haveCohort = false; continue; }
      if (haveCohort && grewByOneMonth(start)) {
        for (let i = 0; i < P; i++) T[i]! += U[(11 - r) * P + i]!;
      } else {
        for (let i = 0; i < P; i++) T[i] = customersByPlan[i]![start]!;
        for (let k = 0; k < 11 - r; k++) moveMonth(T, next, prevBase, P);
        haveCohort = true;
      }
      const row = (Y * 13 + r + 1) * P;
      let endMrr = 0, startMrr = 0;
      for (let i = 0; i < P; i++) {
        endMrr += priceRows[row + i]! * T[i]!;
        startMrr += customersByPlan[i]![start]! * price[prevBase + i]!;
      }
      out[m] = ratio(endMrr, startMrr);
    }
  }
}
