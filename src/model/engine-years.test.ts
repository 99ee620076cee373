// Golden numbers for the engine, part 3: the annual figures (docs/model.md, "One year"), each worked out
// on paper (the arithmetic beside every expected value), never copied from the engine's output.
import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { smallValues as scenario } from './test-values';

const months = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('(g) annual figures', () => {
  // Plan A at 10 (no initial customers, takes every new one), plan B at 30 (10 customers).
  // Marketing 1,200 a year = 100 a month, 1 per visitor, 50 % trial, 20 % paid: 10 new a month.
  // So in month m (k = m + 1): A = 10k, B = 10, customers 10k + 10, mrr 100k + 300.
  // cogs 25 % + 1 per customer; overhead 50 and operating expenses 1,000 a month; cash 10,000.
  const p = project(
    scenario({
      plans: [{ price: 10, mix: 1 }, { initialCustomers: 10, price: 30, mix: 0 }],
      drivers: {
        marketingBudget: 1200, visitorAcquisitionCost: 1, visitorToTrial: 0.5, trialToPaid: 0.2,
        cogsPercent: 0.25, cogsPerCustomer: 1, salesMarketingOverhead: 50, operatingExpenses: 1000,
      },
      startingCash: 10000,
    }),
  );

  it('gives month 0 for reference', () => {
    expect(p.monthly.mrr[0]).toBeCloseTo(400, 9); // 10 x 10 + 10 x 30
    expect(p.monthly.cogs[0]).toBeCloseTo(120, 9); // 400 x 0.25 + 20 x 1
    expect(p.monthly.ebitda[0]).toBeCloseTo(-870, 9); // 280 - 100 - 50 - 1,000
  });

  it('sums 2026 and takes ratios of the sums', () => {
    const y = p.years[0]!;
    expect(y.year).toBe(2026);
    expect(y.revenue).toBeCloseTo(11400, 9); // 100 x (1 + .. + 12 = 78) + 12 x 300
    expect(y.cogs).toBeCloseTo(3750, 9); // 11,400 x 0.25 + 900 customer-months x 1
    expect(y.grossProfit).toBeCloseTo(7650, 9);
    expect(y.marketingSpend).toBeCloseTo(1200, 9);
    expect(y.salesMarketingOverhead).toBeCloseTo(600, 9);
    expect(y.operatingExpenses).toBeCloseTo(12000, 9);
    expect(y.ebitda).toBeCloseTo(-6150, 9); // 7,650 - 1,200 - 600 - 12,000
    expect(y.visitors).toBeCloseTo(1200, 9);
    expect(y.trials).toBeCloseTo(600, 9);
    expect(y.newCustomers).toBeCloseTo(120, 9);
    expect(y.grossMargin).toBeCloseTo(7650 / 11400, 12); // 0.671052631579
    expect(y.cac).toBeCloseTo(10, 12); // 1,200 / 120
    expect(y.fullyLoadedCac).toBeCloseTo(15, 12); // (1,200 + 600) / 120
    // customer-months: 10 x 78 + 12 x 10 = 900; arpu = 11,400 / 900 (not the mean of monthly arpu)
    expect(y.arpu).toBeCloseTo(12.666666666667, 11);
    // cac / (arpu x gm) = 10 / (7,650 / 900 = 8.5)
    expect(y.cacPaybackMonths).toBeCloseTo(1.176470588235, 11);
  });

  it('takes stocks from December', () => {
    const y = p.years[0]!;
    expect(y.endingMrr).toBeCloseTo(1500, 9); // 100 x 12 + 300
    expect(y.arr).toBeCloseTo(18000, 9); // 12 x 1,500
    expect(y.endingCustomers).toBeCloseTo(130, 9); // 10 x 12 + 10
    expect(y.endingCash).toBeCloseTo(3850, 9); // 10,000 - 6,150
    expect(y.nrr).toBeCloseTo(1, 12); // the 10 initial B customers, unchanged
    expect(y.ltv).toBeNull(); // no churn
    expect(y.ltvToCac).toBeNull();
  });

  it('sums 2027', () => {
    const y = p.years[1]!;
    // k = 13..24, sum 222: revenue 22,200 + 3,600; customer-months 2,220 + 120
    expect(y.revenue).toBeCloseTo(25800, 9);
    expect(y.arpu).toBeCloseTo(25800 / 2340, 12);
    expect(y.grossProfit).toBeCloseTo(17010, 9); // 25,800 x 0.75 - 2,340
    expect(y.ebitda).toBeCloseTo(3210, 9); // 17,010 - 1,200 - 600 - 12,000
    expect(y.endingCash).toBeCloseTo(7060, 9); // 3,850 + 3,210
    expect(y.endingMrr).toBeCloseTo(2700, 9); // 100 x 24 + 300
    expect(y.endingCustomers).toBeCloseTo(250, 9);
    expect(y.nrr).toBeCloseTo(1, 12); // month 11's 120 A + 10 B, no churn: 1,500 / 1,500
  });

  it('takes ltv, ltvToCac and payback in a steady state', () => {
    // 1,000 customers at 100, 5 % churn (50 a month) replaced by 50 new: 12,000 a year = 1,000
    // a month, 10 per visitor = 100 visitors, 50 % trial, 100 % paid. cogs 20 %, overhead 500.
    const s = project(
      scenario({
        plans: [{ initialCustomers: 1000, price: 100, churn: 0.05 }],
        drivers: { marketingBudget: 12000, visitorAcquisitionCost: 10, visitorToTrial: 0.5, trialToPaid: 1, cogsPercent: 0.2, salesMarketingOverhead: 500 },
      }),
    );
    const m = s.monthly;
    for (const k of months(0, 59)) {
      expect(m.customers[k]).toBeCloseTo(1000, 9); // 1,000 - 50 + 50
      expect(m.newMrr[k]).toBeCloseTo(5000, 9); // 50 x 100
      expect(m.churnedMrr[k]).toBeCloseTo(5000, 9);
      expect(m.cac[k]).toBeCloseTo(20, 12); // 1,000 / 50
      expect(m.fullyLoadedCac[k]).toBeCloseTo(30, 12); // (1,000 + 500) / 50
      expect(m.ltv[k]).toBeCloseTo(1600, 9); // 100 x 0.8 / 0.05
      expect(m.ltvToCac[k]).toBeCloseTo(80, 10); // 1,600 / 20
      expect(m.cacPaybackMonths[k]).toBeCloseTo(0.25, 12); // 20 / (100 x 0.8)
      expect(m.quickRatio[k]).toBeCloseTo(1, 12); // 5,000 / 5,000
    }
    // NRR follows the cohort only, not the replacements: 0.95^12
    expect(m.nrr[11]).toBeCloseTo(0.540360087662637, 12);
    for (const y of s.years) {
      expect(y.ltv).toBeCloseTo(1600, 9);
      expect(y.ltvToCac).toBeCloseTo(80, 10);
      expect(y.cac).toBeCloseTo(20, 12); // 12,000 / 600
      expect(y.arpu).toBeCloseTo(100, 12); // 1,200,000 / 12,000 customer-months
      expect(y.cacPaybackMonths).toBeCloseTo(0.25, 12);
      expect(y.nrr).toBeCloseTo(0.540360087662637, 12);
      expect(y.arr).toBeCloseTo(1200000, 6); // 12 x 100,000
    }
  });
});
