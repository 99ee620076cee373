import { monthIndex } from './calendar';
import { MONTHS, type FundingRound } from './types';

/**
 * `financing` of each month (MODEL.md, "One month"): the sum of the funding amounts of month m.
 * Undefined without funding (the engine reads that as 0). Rounds that validation refuses are
 * skipped, so a scenario being fixed never throws here.
 */
export function financingByMonth(funding: readonly FundingRound[] | undefined, startYear: number): Float64Array | undefined {
  if (!Array.isArray(funding) || funding.length === 0) return undefined;
  const financing = new Float64Array(MONTHS);
  for (const round of funding as readonly unknown[]) {
    if (round === null || typeof round !== 'object') continue;
    const { month, amount } = round as Partial<FundingRound>;
    const m = typeof month === 'string' ? monthIndex(month, startYear) : null;
    if (m === null || m < 0 || m >= MONTHS || typeof amount !== 'number' || !(amount > 0) || !Number.isFinite(amount)) continue;
    financing[m]! += amount;
  }
  return financing;
}
