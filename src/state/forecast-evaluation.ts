import { projectForecast } from '../model/forecast';
import { evaluateTargets } from '../model/targets';
import { MRR_BRIDGE, type Forecast, type Projection, type Scenario, type ScenarioValues, type TargetResult } from '../model/types';

/** A scenario's forecast (MODEL.md, "Actuals and the forecast") as the views draw it. */
export interface ForecastEvaluation {
  forecast: Forecast;
  /**
   * The forecast as a Projection, for the cards, charts and tables that draw a plan: the MRR
   * bridge an actual month does not give (null in the forecast) is drawn as none (0).
   */
  projection: Projection;
  /** The targets checked on the forecast: "still on track?". */
  targets: TargetResult[];
  /** The last actual month L (0-based). */
  lastActualMonth: number;
}

/** The forecast as a Projection: the same arrays, the MRR bridge's unknown months as 0. */
function asProjection(forecast: Forecast): Projection {
  const monthly = { ...forecast.monthly } as Projection['monthly'];
  for (const key of MRR_BRIDGE) monthly[key] = forecast.monthly[key].map((v) => v ?? 0);
  return { startYear: forecast.startYear, planIds: forecast.planIds, monthly, customersByPlan: forecast.customersByPlan, mrrByPlan: forecast.mrrByPlan, years: forecast.years, summary: forecast.summary };
}

/** The forecast of a parsed scenario with actuals and its targets; null without actuals. Computed once per evaluation (evaluate.ts caches it with the plan). */
export function forecastOf(scenario: Scenario, values: ScenarioValues, plan: Projection): ForecastEvaluation | null {
  const actuals = scenario.actuals;
  if (!actuals || actuals.length === 0) return null;
  const forecast = projectForecast(values, actuals, plan);
  return { forecast, projection: asProjection(forecast), targets: evaluateTargets(scenario.targets, values, forecast), lastActualMonth: forecast.lastActualMonth };
}
