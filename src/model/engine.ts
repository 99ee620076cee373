import { computeKpis } from './monthly-kpis';
import { projectMonths } from './month';
import { computeNrr } from './nrr';
import { freshProjection } from './projection-arrays';
import { summarise } from './summary';
import { summariseYears } from './year';
import { loadCoefficients } from './year-coefficients';
import { YEARS, type Projection, type ScenarioValues } from './types';

// The whole projection (MODEL.md), stage by stage: the year's coefficients
// (year-coefficients.ts), One month for each of the 60 months (month.ts), the monthly KPIs
// (monthly-kpis.ts) and NRR (nrr.ts), One year (year.ts), the whole projection (summary.ts).

export { copyProjection } from './projection-arrays';
export { ratio } from './ratio';

/** What a caller needs of a projection (see project()). */
export interface ProjectOptions {
  /**
   * The first year whose inputs differ from those `into` was projected from (0..5): the months
   * before it are kept as they are, the rest computed. Requires `into`; 0 computes everything.
   */
  fromYear?: number;
  /**
   * 'december' computes the monthly KPIs of each December only (all that the annual figures
   * need) and leaves the other months' KPIs unwritten: for Monte Carlo, whose runs read annual
   * figures and flows, never a monthly KPI series.
   */
  monthlyKpis?: 'all' | 'december';
}

/** prevArr of the first year (MODEL.md, "One year"): 12 x sum of initialCustomers x first-year price. */
export function initialArr(values: ScenarioValues): number {
  let mrr = 0;
  for (const plan of values.plans) mrr += plan.initialCustomers * plan.price[0]!;
  return 12 * mrr;
}

/**
 * Projects 60 months (MODEL.md, "One month"): funnel, plan movements, MRR bridge, P&L, financing,
 * cash and the monthly KPIs, then the years and the summary. Given `into` (a projection of as
 * many plans), it writes over it and returns it: Monte Carlo, tornado and goal seek read each
 * projection once, so they keep one instead of allocating thousands.
 */
export function project(values: ScenarioValues, into?: Projection, options?: ProjectOptions): Projection {
  const { plans } = values;
  const P = plans.length;
  const reuse = into !== undefined && into.customersByPlan.length === P;
  const fromYear = reuse && options?.fromYear !== undefined ? Math.max(0, Math.min(YEARS, options.fromYear)) : 0;
  const m0 = 12 * fromYear;
  loadCoefficients(values);
  const target = reuse ? into : freshProjection(P);
  let initialCustomers = 0;
  for (let i = 0; i < P; i++) initialCustomers += plans[i]!.initialCustomers;
  projectMonths(values, target, m0);
  const { monthly } = target;
  computeKpis(monthly, initialCustomers, m0, options?.monthlyKpis === 'december' ? 12 : 1);
  computeNrr(values, P, target.customersByPlan, monthly.mrr, monthly.nrr, fromYear);
  summariseYears(values.startYear, monthly, target.years, fromYear, initialArr(values));
  target.startYear = values.startYear;
  for (let i = 0; i < P; i++) target.planIds[i] = plans[i]!.id;
  target.summary = summarise(monthly);
  return target;
}
