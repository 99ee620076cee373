import { ratio } from './ratio';
import { ANNUAL_FIGURES, MONTHLY_FLOWS, MONTHLY_KPIS, type AnnualFigure, type Forecast, type MonthlyFigure, type Projection } from './types';

/** One figure's variance: actual (the forecast's), plan, difference = actual - plan, ratio = difference / |plan|. */
export interface VarianceCell {
  actual: number | null;
  plan: number | null;
  difference: number | null;
  /** null where plan is 0 or either side is null. */
  ratio: number | null;
}
export type VarianceMonth = { month: number } & Record<MonthlyFigure, VarianceCell>;
export type VarianceYear = { year: number } & Record<AnnualFigure, VarianceCell>;
export interface Variance {
  /** Months 0..L, the actual months. */
  months: VarianceMonth[];
  /** Every year. */
  years: VarianceYear[];
}

/** actual, plan, difference = actual - plan and ratio = difference / |plan| (MODEL.md, "Variance"). */
export function varianceCell(actual: number | null, plan: number | null): VarianceCell {
  const difference = actual === null || plan === null ? null : actual - plan;
  return { actual, plan, difference, ratio: difference === null || plan === null ? null : ratio(difference, Math.abs(plan)) };
}

const MONTHLY: readonly MonthlyFigure[] = [...MONTHLY_FLOWS, ...MONTHLY_KPIS];

/**
 * Variance (MODEL.md): for every actual month m <= L and every monthly figure (all but month,
 * year and customersByPlan), and for every year and every annual figure (all but year and
 * actualMonths): the forecast's figure as `actual` beside the plan's.
 *
 * `computeVariance(plan: Projection, forecast: Forecast): Variance` — `plan` is project(values),
 * `forecast` is projectForecast(values, actuals, plan); `months` has L + 1 entries (none without
 * actuals), `years` five.
 */
export function computeVariance(plan: Projection, forecast: Forecast): Variance {
  const months: VarianceMonth[] = [];
  for (let m = 0; m <= forecast.lastActualMonth; m++) {
    const entry = { month: m } as VarianceMonth;
    for (const key of MONTHLY) entry[key] = varianceCell(forecast.monthly[key][m] ?? null, plan.monthly[key][m] ?? null);
    months.push(entry);
  }
  const years = forecast.years.map((fy, y) => {
    const entry = { year: fy.year } as VarianceYear;
    for (const key of ANNUAL_FIGURES) entry[key] = varianceCell(fy[key], plan.years[y]![key]);
    return entry;
  });
  return { months, years };
}
