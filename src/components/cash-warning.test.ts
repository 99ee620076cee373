import { describe, expect, it } from 'vitest';
import { cashHolds, cashWarning, targetsSummary } from './cash-warning';

describe('the cash warning', () => {
  it('names the month cash first goes below zero and the lowest point, from 2026', () => {
    // Month 36 = 36 / 12 = year index 3 -> 2029, 36 % 12 = 0 -> Jan; month 38 -> Mar 2029.
    expect(cashWarning({ cashOutMonth: 36, lowestCash: -30_013.4, lowestCashMonth: 38 }, 2026, 'USD'))
      .toBe('Cash runs out in Jan 2029: lowest -$30,013 in Mar 2029');
  });
  it('rounds the lowest cash to whole units of the currency', () => {
    // -1,234.5 rounds to -1,234 (Math.round goes up at .5); month 59 = Dec of 2026 + 4 = 2030.
    expect(cashWarning({ cashOutMonth: 0, lowestCash: -1_234.5, lowestCashMonth: 59 }, 2026, 'EUR'))
      .toBe('Cash runs out in Jan 2026: lowest -€1,234 in Dec 2030');
  });
  it('says nothing when cash never goes below zero', () => {
    expect(cashWarning({ cashOutMonth: null, lowestCash: 0, lowestCashMonth: 12 }, 2026, 'USD')).toBeNull();
  });
});

describe('the quiet line while cash holds', () => {
  it('names the last month of the projection and the lowest point', () => {
    // 60 months from 2026: the last is month 59 = Dec 2030. Month 37 = 2029 (37 / 12 = 3), Feb (37 % 12 = 1).
    expect(cashHolds({ lowestCash: 111_055.6, lowestCashMonth: 37 }, 2026, 60, 'USD'))
      .toBe('Cash does not run out through Dec 2030: lowest $111,056 in Feb 2029');
  });
  it('follows the projection\'s start year', () => {
    // From 2027, month 0 is Jan 2027 and month 59 is Dec 2031.
    expect(cashHolds({ lowestCash: 0, lowestCashMonth: 0 }, 2027, 60, 'EUR'))
      .toBe('Cash does not run out through Dec 2031: lowest €0 in Jan 2027');
  });
});

describe('the targets summary', () => {
  it('counts the met targets and adds that cash runs out', () => {
    expect(targetsSummary(7, 8, true)).toBe('7 of 8 met, cash runs out');
    expect(targetsSummary(3, 3, false)).toBe('3 of 3 met');
    expect(targetsSummary(0, 0, true)).toBe('No targets set, cash runs out');
  });
});
