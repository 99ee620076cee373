import { initialArr } from './engine';
import { yearFigures, type YearTotals } from './year';
import { YEARS, type ForecastSeries, type ForecastYearFigures, type ScenarioValues } from './types';

/**
 * The forecast's years (MODEL.md, "One year", over the forecast's months, so a year mixes actual
 * and projected months): the sums of its 12 months, then the plan's rules (year.ts); each year
 * with `actualMonths`, how many of its months are actual months (L = the last actual month).
 */
export function forecastYears(values: ScenarioValues, s: ForecastSeries, L: number): ForecastYearFigures[] {
  const years: ForecastYearFigures[] = [];
  let prevArr = initialArr(values);
  for (let y = 0; y < YEARS; y++) {
    const t: YearTotals = {
      revenue: 0, cogs: 0, grossProfit: 0, marketingSpend: 0, salesMarketingOverhead: 0, operatingExpenses: 0,
      ebitda: 0, financing: 0, visitors: 0, trials: 0, newCustomers: 0, customerMonths: 0,
    };
    for (let m = 12 * y; m < 12 * y + 12; m++) {
      t.revenue += s.revenue[m]!; t.cogs += s.cogs[m]!; t.grossProfit += s.grossProfit[m]!;
      t.marketingSpend += s.marketingSpend[m]!; t.salesMarketingOverhead += s.salesMarketingOverhead[m]!;
      t.operatingExpenses += s.operatingExpenses[m]!; t.ebitda += s.ebitda[m]!; t.financing += s.financing[m]!;
      t.visitors += s.visitors[m]!; t.trials += s.trials[m]!; t.newCustomers += s.newCustomers[m]!;
      t.customerMonths += s.customers[m]!;
    }
    const prev = y > 0 ? years[y - 1]! : null;
    const figures = yearFigures(values.startYear + y, t, s, 12 * y + 11, prev ? prev.revenue : null, prevArr);
    prevArr = figures.arr!;
    const year = figures as ForecastYearFigures;
    year.actualMonths = Math.max(0, Math.min(12, L + 1 - 12 * y));
    years.push(year);
  }
  return years;
}
