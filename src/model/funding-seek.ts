import { MONTHS } from './types';

// Goal seek on funding: "how much must we raise in month m to keep at least N months of runway
// through month `last`", and "how late can a round of A come". A round adds A to the cash of its
// month and of every month after it (cash = last month's cash + ebitda + financing) and changes
// nothing else, so both questions have exact answers from the projection without that round:
// no search, no tolerance. Runway is MODEL.md's: runwayMonths = max(cash, 0) / netBurn.

/** netBurn of each month (MODEL.md, "One month"): -(mean of ebitda over months max(0, m-2)..m). */
export function netBurnSeries(ebitda: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let m = 0; m < ebitda.length; m++) {
    const from = Math.max(0, m - 2);
    let sum = 0;
    for (let k = from; k <= m; k++) sum += ebitda[k]!;
    out.push(-sum / (m - from + 1));
  }
  return out;
}

/** The cash month k needs to keep at least N months of runway: N x netBurn when burning, else 0 (cash not below 0). */
function cashNeeded(netBurn: number, minMonths: number): number {
  return netBurn > 0 ? minMonths * netBurn : 0;
}

/** Cash and EBITDA by month of the projection without the round being sought. */
export interface CashPath {
  cash: ArrayLike<number>;
  ebitda: ArrayLike<number>;
}

export interface RunwayGoal {
  /** N: the least runway to keep, in months (runwayMonths = max(cash, 0) / netBurn >= N). */
  minMonths: number;
  /** The last month that must keep it (59: through the projection's last December). */
  last: number;
}

export type AmountAnswer =
  /** `amount` is the least that works (0: the goal holds already); `binding` is the month that needs it all. */
  | { ok: true; amount: number; binding: number | null }
  /** No amount in month m helps: month `month`, before the round, already falls short. */
  | { ok: false; month: number };

/**
 * The least amount A of a round in month m such that every month k in m..last has cash + A >= 0
 * and, where netBurn > 0, runwayMonths = (cash + A) / netBurn >= N; A = max over those months of
 * (N x netBurn - cash) (or -cash where not burning), and 0 if none is short. Months before m
 * cannot be helped: the first of them that falls short is reported instead.
 */
export function amountForRunway(path: CashPath, m: number, goal: RunwayGoal): AmountAnswer {
  const burn = netBurnSeries(path.ebitda);
  for (let k = 0; k < m && k <= goal.last; k++) if (path.cash[k]! < cashNeeded(burn[k]!, goal.minMonths)) return { ok: false, month: k };
  let amount = 0;
  let binding: number | null = null;
  for (let k = m; k <= goal.last && k < MONTHS; k++) {
    const short = cashNeeded(burn[k]!, goal.minMonths) - path.cash[k]!;
    if (short > amount) { amount = short; binding = k; }
  }
  return { ok: true, amount, binding };
}

export type LatestAnswer =
  /** The round may come as late as `month`; `needed` is false when the goal holds without it. */
  | { ok: true; month: number; needed: boolean }
  /** Month `month` falls short even with the round: the amount is too small wherever it comes. */
  | { ok: false; month: number };

/**
 * The latest month m (0..last) for a round of `amount` such that every month 0..last keeps the
 * goal: months before m on their own cash, months from m on with the amount added. A month short
 * even with the amount cannot be helped; otherwise m is the first month short without the round.
 */
export function latestRoundMonth(path: CashPath, amount: number, goal: RunwayGoal): LatestAnswer {
  const burn = netBurnSeries(path.ebitda);
  const last = Math.min(goal.last, MONTHS - 1);
  let firstShort: number | null = null;
  for (let k = 0; k <= last; k++) {
    const need = cashNeeded(burn[k]!, goal.minMonths);
    if (path.cash[k]! + amount < need) return { ok: false, month: k };
    if (firstShort === null && path.cash[k]! < need) firstShort = k;
  }
  return firstShort === null ? { ok: true, month: last, needed: false } : { ok: true, month: firstShort, needed: true };
}
