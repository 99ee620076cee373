import { MONTHS, type MonthlySeries, type Summary } from './types';

/** The whole projection (MODEL.md): break-even month, lowest cash and its month, cash-out month. */
export function summarise(s: Pick<MonthlySeries, 'ebitda' | 'cash'>): Summary {
  let breakEvenMonth: number | null = null;
  for (let m = MONTHS - 1; m >= 0 && s.ebitda[m]! >= 0; m--) breakEvenMonth = m;
  let lowestCash = s.cash[0]!;
  let lowestCashMonth = 0;
  let cashOutMonth: number | null = null;
  for (let m = 0; m < MONTHS; m++) {
    const c = s.cash[m]!;
    if (c < lowestCash) { lowestCash = c; lowestCashMonth = m; }
    if (cashOutMonth === null && c < 0) cashOutMonth = m;
  }
  return { breakEvenMonth, lowestCash, lowestCashMonth, cashOutMonth };
}
