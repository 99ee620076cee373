import { projectForecast } from '../../model/forecast';
import type { Forecast } from '../../model/types';
import { computeVariance, type Variance } from '../../model/variance';
import type { Projected } from '../../state/evaluate';
import { useWorkingEvaluation } from '../../state/evaluation';

export interface PlanVsActualData extends Projected {
  forecast: Forecast;
  variance: Variance;
}

// Derived data, computed once per evaluation and never stored (STYLE.md): the projection shown is
// the scenario's own, or its last good one while a cell is invalid, with its own actuals.
const cache = new WeakMap<Projected, PlanVsActualData>();

/**
 * The forecast and its variance against the plan, for the working scenario's evaluation; null while
 * the scenario has problems and no good version of its own (never another scenario's figures).
 */
export function usePlanVsActual(): (PlanVsActualData & { stale: boolean }) | null {
  const ev = useWorkingEvaluation().shown;
  if (!ev) return null;
  const key: Projected = ev;
  let hit = cache.get(key);
  if (!hit) {
    const forecast = projectForecast(ev.values, ev.scenario.actuals ?? [], ev.projection);
    hit = { ...ev, forecast, variance: computeVariance(ev.projection, forecast) };
    cache.set(key, hit);
  }
  return { ...hit, stale: ev.stale };
}
