import type { Summary } from '../model/types';
import { money, monthLabel } from './format';

/**
 * The cash warning in words, from the projection's summary (MODEL.md, "The whole projection"):
 * `Cash runs out in <cashOutMonth>: lowest <lowestCash> in <lowestCashMonth>`, or null when cash
 * never goes below zero.
 */
export function cashWarning(summary: Pick<Summary, 'cashOutMonth' | 'lowestCash' | 'lowestCashMonth'>, startYear: number, currency: string): string | null {
  if (summary.cashOutMonth === null) return null;
  const lowest = money(Math.round(summary.lowestCash), currency, 0);
  return `Cash runs out in ${monthLabel(summary.cashOutMonth, startYear)}: lowest ${lowest} in ${monthLabel(summary.lowestCashMonth, startYear)}`;
}

/**
 * The same line while cash stays at or above zero, so the place keeps its height and says so:
 * `Cash does not run out through <last month>: lowest <lowestCash> in <lowestCashMonth>`.
 */
export function cashHolds(summary: Pick<Summary, 'lowestCash' | 'lowestCashMonth'>, startYear: number, months: number, currency: string): string {
  const lowest = money(Math.round(summary.lowestCash), currency, 0);
  return `Cash does not run out through ${monthLabel(months - 1, startYear)}: lowest ${lowest} in ${monthLabel(summary.lowestCashMonth, startYear)}`;
}

/** How many targets are met, and whether cash runs out: "7 of 8 met, cash runs out". */
export function targetsSummary(met: number, total: number, cashOut: boolean): string {
  const targets = total === 0 ? 'No targets set' : `${met} of ${total} met`;
  return cashOut ? `${targets}, cash runs out` : targets;
}
