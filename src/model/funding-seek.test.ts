import { describe, expect, it } from 'vitest';
import { amountForRunway, latestRoundMonth, netBurnSeries } from './funding-seek';

// A business that loses 100 a month from 1,000 of cash: cash at the end of month k is
// 1000 - 100 (k + 1), netBurn is 100 in every month (the mean of -100s), so runway in month k is
// (900 - 100 k) / 100 months while cash lasts.
const steady = {
  ebitda: new Array<number>(60).fill(-100),
  cash: Array.from({ length: 60 }, (_, k) => 1000 - 100 * (k + 1)),
};

describe('netBurn', () => {
  it('averages the months there are in the first two months, then the last three', () => {
    // month 0: -(-300) = 300; month 1: -(-300 - 100) / 2 = 200; month 2: -(-300 - 100 + 200) / 3 = 66.67; month 3: -(-100 + 200 + 500) / 3 = -200
    const burn = netBurnSeries([-300, -100, 200, 500]);
    expect(burn[0]).toBe(300);
    expect(burn[1]).toBe(200);
    expect(burn[2]).toBeCloseTo(200 / 3, 12);
    expect(burn[3]).toBeCloseTo(-200, 12);
  });
});

describe('how much must we raise', () => {
  it('keeps 6 months of runway through month 59 with a round in month 4: 6 x 100 - (1000 - 6000) = 5,600', () => {
    // months 0..3 hold on their own: 900, 800, 700, 600 >= 6 x 100
    const r = amountForRunway(steady, 4, { minMonths: 6, last: 59 });
    expect(r).toEqual({ ok: true, amount: 5600, binding: 59 });
  });

  it('through December of the second year (month 23): 600 - (1000 - 2400) = 2,000, decided by month 23', () => {
    expect(amountForRunway(steady, 4, { minMonths: 6, last: 23 })).toEqual({ ok: true, amount: 2000, binding: 23 });
  });

  it('says which month before the round already falls short: month 4 has 500 of cash, under 6 x 100', () => {
    expect(amountForRunway(steady, 12, { minMonths: 6, last: 59 })).toEqual({ ok: false, month: 4 });
    expect(amountForRunway(steady, 4, { minMonths: 7, last: 59 })).toEqual({ ok: false, month: 3 }); // 600 < 700 in month 3
  });

  it('needs nothing when no month is short, and only cash >= 0 in months that are not burning', () => {
    const profitable = { ebitda: new Array<number>(60).fill(50), cash: Array.from({ length: 60 }, (_, k) => -200 + 50 * (k + 1)) };
    // Not burning, so runway is not defined; cash is below 0 in months 0..2 (-150, -100, -50): a round in month 0 needs 150.
    expect(amountForRunway(profitable, 0, { minMonths: 12, last: 59 })).toEqual({ ok: true, amount: 150, binding: 0 });
    expect(amountForRunway(profitable, 3, { minMonths: 12, last: 59 })).toEqual({ ok: false, month: 0 });
    expect(amountForRunway(steady, 0, { minMonths: 1, last: 0 })).toEqual({ ok: true, amount: 0, binding: null }); // 900 >= 100
  });
});

describe('how late can the round come', () => {
  it('a round of 5,600 keeping 6 months: months 0..3 hold on their own (900..600), month 4 (500) needs it, so month 4', () => {
    expect(latestRoundMonth(steady, 5600, { minMonths: 6, last: 59 })).toEqual({ ok: true, month: 4, needed: true });
  });

  it('a round too small anywhere: 5,000 leaves month 59 at 0 < 600', () => {
    // with the round, month k has 6000 - 100 (k + 1): short of 600 from k = 54
    expect(latestRoundMonth(steady, 5000, { minMonths: 6, last: 59 })).toEqual({ ok: false, month: 54 });
  });

  it('is not needed when every month holds without it', () => {
    expect(latestRoundMonth(steady, 100, { minMonths: 1, last: 7 })).toEqual({ ok: true, month: 7, needed: false }); // month 7 has 200 >= 100
  });
});
