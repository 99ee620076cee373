import { monthLabel } from '../../components/format';
import type { Projection } from '../../model/types';

/**
 * The runway card's line in words: when the cash runs out (MODEL.md's cashOutMonth), else whether
 * the last month is still burning (runwayMonths is null when netBurn <= 0: "not burning").
 */
export function runwayNote(p: Projection): string {
  const { cashOutMonth } = p.summary;
  if (cashOutMonth !== null) return `Cash runs out in ${monthLabel(cashOutMonth, p.startYear)}`;
  const last = p.monthly.runwayMonths.length - 1;
  return p.monthly.runwayMonths[last] === null ? `Not burning in ${monthLabel(last, p.startYear)}` : `Cash lasts through ${monthLabel(last, p.startYear)}`;
}
