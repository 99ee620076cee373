import { project } from './engine';
import { actualMonthKpis, fillActualMonths } from './forecast-actual-months';
import { forecastNrr } from './forecast-nrr';
import { forecastYears } from './forecast-years';
import { computeKpis } from './monthly-kpis';
import { projectMonths } from './month';
import { copyProjection, freshProjection } from './projection-arrays';
import { summarise } from './summary';
import { loadCoefficients } from './year-coefficients';
import { MONTHS, type ActualMonth, type Forecast, type Projection, type ProjectionView, type ScenarioValues } from './types';

/**
 * The forecast (MODEL.md, "Actuals and the forecast"): the actuals in months m <= L (the last
 * actual month, `actuals.length - 1`), then One month exactly from the forecast's state (its
 * customers by plan and cash at the end of month m-1); the monthly KPIs and nrr on the forecast's
 * figures; years, summary as the plan's, over the forecast's months, each year with `actualMonths`.
 * Without actuals the forecast is the plan (lastActualMonth -1).
 *
 * `projectForecast(values: ScenarioValues, actuals: readonly ActualMonth[], plan?: Projection): Forecast`
 * - `values`: the parsed scenario's values (parseScenario), funding included.
 * - `actuals`: the scenario's `actuals`, as parseScenario validated them (in order from January
 *   of startYear, no gaps, every figure >= 0 but cash, customersByPlan naming every plan).
 * - `plan`: `project(values)`, passed when the caller has it (missing figures are the plan's);
 *   computed when left out. Never written to.
 * The result shares no array with the plan. Its `monthly` is a ForecastSeries: the MRR bridge
 * (newMrr, expansionMrr, contractionMrr, churnedMrr) is null in an actual month that does not give it.
 */
export function projectForecast(values: ScenarioValues, actuals: readonly ActualMonth[], plan: Projection = project(values)): Forecast {
  const L = Math.min(actuals.length, MONTHS) - 1;
  if (L < 0) {
    const copy = copyProjection(plan);
    return { ...copy, years: copy.years.map((y) => ({ ...y, actualMonths: 0 })), lastActualMonth: -1 };
  }
  const P = values.plans.length;
  const arrays = freshProjection(P);
  // The same arrays seen as a forecast's: the actual months may hold null in the MRR bridge.
  const f: ProjectionView = arrays;
  let initialCustomers = 0;
  for (const plan of values.plans) initialCustomers += plan.initialCustomers;
  fillActualMonths(values, actuals, plan, f, L);
  // The plan may have been projected before another scenario: the coefficients are this one's again.
  loadCoefficients(values);
  if (L < MONTHS - 1) {
    // Months after L hold numbers only, written through the projection's own type.
    projectMonths(values, arrays, L + 1);
    computeKpis(arrays.monthly, initialCustomers, L + 1, 1);
  }
  actualMonthKpis(f.monthly, initialCustomers, L);
  forecastNrr(values, actuals, L, f.customersByPlan, plan.customersByPlan, f.monthly.nrr);
  f.startYear = values.startYear;
  for (let i = 0; i < P; i++) f.planIds[i] = values.plans[i]!.id;
  f.summary = summarise(f.monthly);
  return { ...f, years: forecastYears(values, f.monthly, L), lastActualMonth: L };
}
