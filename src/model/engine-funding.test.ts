// Funding, runway and the board's efficiency metrics (MODEL.md schema version 2, issue 18), each
// golden number worked out on paper from MODEL.md's definitions in the comment beside it.
import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { smallValues } from './test-values';

// One plan at $100 a month, no churn. Marketing $12,000 a year = $1,000 a month; visitor cost $1
// -> 1,000 visitors; x 10 % = 100 trials; x 10 % = 10 new customers a month. Operating expenses
// $5,000 a month in 2026, $20,000 in 2027; S&M overhead $1,000 a month in 2027.
// Month m of 2026: customers 10(m+1), mrr 1,000(m+1), ebitda = 1,000(m+1) - 1,000 - 5,000.
//   m:      0       1       2       3       4       5      6       7
//   ebitda -5,000  -4,000  -3,000  -2,000  -1,000   0      1,000   2,000
const growing = (extra: { startingCash?: number; financing?: Record<number, number> } = {}) => smallValues({
  plans: [{ price: 100 }],
  drivers: { marketingBudget: 12_000, visitorToTrial: 0.1, trialToPaid: 0.1, operatingExpenses: [5_000, 20_000, 0, 0, 0], salesMarketingOverhead: [0, 1_000, 0, 0, 0] },
  startingCash: 20_000,
  ...extra,
});

describe('runway (MODEL.md: netBurn = -(mean of ebitda over months max(0, m-2)..m); runwayMonths = max(cash, 0) / netBurn)', () => {
  const p = project(growing());
  const { cash, ebitda, netBurn, runwayMonths } = p.monthly;

  it('follows the hand-computed ebitda', () => {
    expect(ebitda.slice(0, 8)).toEqual([-5_000, -4_000, -3_000, -2_000, -1_000, 0, 1_000, 2_000]);
  });

  it('in the first two months averages the months there are', () => {
    // m = 0: cash 20,000 - 5,000 = 15,000; netBurn = 5,000; runway = 15,000 / 5,000 = 3
    expect(cash[0]).toBe(15_000);
    expect(netBurn[0]).toBe(5_000);
    expect(runwayMonths[0]).toBe(3);
    // m = 1: cash 15,000 - 4,000 = 11,000; netBurn = (5,000 + 4,000) / 2 = 4,500; runway = 11,000 / 4,500 = 2.444...
    expect(cash[1]).toBe(11_000);
    expect(netBurn[1]).toBe(4_500);
    expect(runwayMonths[1]).toBeCloseTo(11_000 / 4_500, 12);
  });

  it('with three months of burn behind it averages the last three', () => {
    // m = 3: cash 11,000 - 3,000 - 2,000 = 6,000; netBurn = (4,000 + 3,000 + 2,000) / 3 = 3,000; runway = 2
    expect(cash[3]).toBe(6_000);
    expect(netBurn[3]).toBe(3_000);
    expect(runwayMonths[3]).toBe(2);
  });

  it('is null when the business is not burning', () => {
    // m = 6: netBurn = -(-1,000 + 0 + 1,000) / 3 = 0 -> null; m = 7: -(0 + 1,000 + 2,000) / 3 = -1,000 -> null
    expect(netBurn[6]).toBe(-0);
    expect(runwayMonths[6]).toBeNull();
    expect(netBurn[7]).toBe(-1_000);
    expect(runwayMonths[7]).toBeNull();
  });

  it('is 0 once the cash is gone but the burn goes on', () => {
    // startingCash 5,000: cash 0 after month 0, -4,000 after month 1; netBurn 4,500 -> max(-4,000, 0) / 4,500 = 0
    const poor = project(growing({ startingCash: 5_000 }));
    expect(poor.monthly.cash[1]).toBe(-4_000);
    expect(poor.monthly.runwayMonths[1]).toBe(0);
  });

  it('counts funding in the cash it divides', () => {
    // 10,000 arrives in month 3: cash 6,000 + 10,000 = 16,000; runway = 16,000 / 3,000 = 5.333...
    const funded = project(growing({ financing: { 3: 10_000 } }));
    expect(funded.monthly.financing[3]).toBe(10_000);
    expect(funded.monthly.financing[2]).toBe(0);
    expect(funded.monthly.cash[3]).toBe(16_000);
    expect(funded.monthly.runwayMonths[3]).toBeCloseTo(16_000 / 3_000, 12);
  });
});

describe('the year (MODEL.md, "One year": financing, revenueGrowth, ebitdaMargin, ruleOf40, netNewArr, burnMultiple, magicNumber)', () => {
  const p = project(growing({ financing: { 3: 10_000, 15: 5_000 } }));
  const [y2026, y2027] = [p.years[0]!, p.years[1]!];

  it('2026: EBITDA above 0, so no burn multiple; Rule of 40 needs a previous year', () => {
    // revenue = 1,000 x (1 + 2 + ... + 12) = 78,000; ebitda = 78,000 - 12 x 1,000 - 12 x 5,000 = 6,000
    expect(y2026.revenue).toBe(78_000);
    expect(y2026.ebitda).toBe(6_000);
    expect(y2026.financing).toBe(10_000);
    // endingCash = 20,000 + 6,000 + 10,000 = 36,000
    expect(y2026.endingCash).toBe(36_000);
    // arr = 12 x December mrr 12,000 = 144,000; prevArr = 12 x 0 initial customers x $100 = 0
    expect(y2026.arr).toBe(144_000);
    expect(y2026.netNewArr).toBe(144_000);
    expect(y2026.burnMultiple).toBeNull();
    // magicNumber = 144,000 / (12,000 + 0) = 12
    expect(y2026.magicNumber).toBe(12);
    expect(y2026.revenueGrowth).toBeNull();
    // ebitdaMargin = 6,000 / 78,000 = 0.076923...
    expect(y2026.ebitdaMargin).toBeCloseTo(6 / 78, 12);
    expect(y2026.ruleOf40).toBeNull();
  });

  it('2027: burning while ARR grows, so the burn multiple is defined; Rule of 40 adds growth and margin', () => {
    // customers 130..240, revenue = 1,000 x (13 + ... + 24) = 1,000 x 222 = 222,000
    expect(y2027.revenue).toBe(222_000);
    // ebitda = 222,000 - 12,000 spend - 12 x 1,000 overhead - 12 x 20,000 opex = -42,000
    expect(y2027.ebitda).toBe(-42_000);
    expect(y2027.financing).toBe(5_000);
    // arr = 12 x 24,000 = 288,000; netNewArr = 288,000 - 144,000 = 144,000
    expect(y2027.netNewArr).toBe(144_000);
    // burnMultiple = 42,000 / 144,000 = 0.291666...
    expect(y2027.burnMultiple).toBeCloseTo(42 / 144, 12);
    // magicNumber = 144,000 / (12,000 + 12,000) = 6
    expect(y2027.magicNumber).toBe(6);
    // revenueGrowth = 222,000 / 78,000 - 1 = 1.846153...; ebitdaMargin = -42,000 / 222,000 = -0.189189...
    expect(y2027.revenueGrowth).toBeCloseTo(222 / 78 - 1, 12);
    expect(y2027.ebitdaMargin).toBeCloseTo(-42 / 222, 12);
    // ruleOf40 = 1.846153... - 0.189189... = 1.656964...
    expect(y2027.ruleOf40).toBeCloseTo(222 / 78 - 1 - 42 / 222, 12);
    // endingCash = 36,000 - 42,000 + 5,000 = -1,000
    expect(y2027.endingCash).toBe(-1_000);
  });

  it("the first year's prevArr is 12 x the initial customers x the first-year price", () => {
    // 5 initial customers at $100: prevArr = 6,000; December customers 5 + 120, arr = 12 x 12,500 = 150,000
    const q = project(smallValues({ plans: [{ price: 100, initialCustomers: 5 }], drivers: { marketingBudget: 12_000, visitorToTrial: 0.1, trialToPaid: 0.1 } }));
    expect(q.years[0]!.arr).toBe(150_000);
    expect(q.years[0]!.netNewArr).toBe(144_000);
  });

  it('a shrinking ARR has no burn multiple either', () => {
    // 10 customers at $100, 10 % churn a month, $2,000 opex: burning while ARR falls -> null
    const q = project(smallValues({ plans: [{ price: 100, initialCustomers: 10, churn: 0.1 }], drivers: { operatingExpenses: 2_000 } }));
    expect(q.years[0]!.ebitda).toBeLessThan(0);
    expect(q.years[0]!.netNewArr).toBeLessThan(0);
    expect(q.years[0]!.burnMultiple).toBeNull();
  });

  it('the summary sees the cash that funding brings', () => {
    // 2027's monthly ebitda is 100 x customers - 22,000: -9,000 (130 customers) rising by 1,000 a
    // month to 0 at 220 customers (month 21). Without funding, 2026 ends at 20,000 + 6,000 = 26,000,
    // and the lowest cash is after month 20: 26,000 - (9,000 + 8,000 + ... + 1,000) = 26,000 - 45,000 = -19,000.
    // Funding adds 15,000 before it: -4,000, in the same month. Break-even (ebitda >= 0 from then on) is month 21 in both.
    const without = project(growing());
    const withFunding = project(growing({ financing: { 3: 10_000, 15: 5_000 } }));
    expect(without.summary).toEqual({ breakEvenMonth: 21, lowestCash: -19_000, lowestCashMonth: 20, cashOutMonth: 15 });
    // Cash-out without funding: 26,000 - 9,000 - 8,000 - 7,000 = 2,000 after month 14, -4,000 after month 15.
    // With it, 2026 ends at 36,000: 27,000, 19,000, 12,000, then 11,000 (-6,000 + 5,000 in month 15),
    // 6,000, 2,000 and -1,000 after month 18.
    expect(withFunding.summary).toEqual({ breakEvenMonth: 21, lowestCash: -4_000, lowestCashMonth: 20, cashOutMonth: 18 });
  });
});
