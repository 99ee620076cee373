import { projectForecast } from '../../model/forecast';
import type { Forecast, Projection } from '../../model/types';
import { computeVariance, type Variance } from '../../model/variance';
import { budgetPlanFor } from '../../state/budget';
import type { Projected } from '../../state/evaluate';
import { useWorkingEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';

export interface PlanVsActualData extends Omit<Projected, 'forecast'> {
  forecast: Forecast;
  variance: Variance;
  /** What the forecast is held against: the scenario's own plan, or a locked budget's (its library id). */
  against: 'own' | string;
}

// Derived data, computed once per evaluation and plan held against, never stored (STYLE.md): the
// projection shown is the scenario's own, or its last good one while a cell is invalid.
const cache = new WeakMap<Projected, WeakMap<Projection, PlanVsActualData>>();

/**
 * The forecast and its variance against the plan (or against a locked budget's plan, when the
 * planner picked one), for the working scenario's evaluation; null while the scenario has problems
 * and no good version of its own (never another scenario's figures).
 */
export function usePlanVsActual(): (PlanVsActualData & { stale: boolean }) | null {
  const ev = useWorkingEvaluation().shown;
  const chosen = useStore((s) => s.varianceAgainst);
  // The same projection object while the budget is unchanged (evaluate.ts caches per scenario).
  const budget = useStore((s) => (chosen === 'own' ? null : budgetPlanFor(chosen)(s)));
  if (!ev) return null;
  const plan = budget ?? ev.projection;
  let byPlan = cache.get(ev);
  if (!byPlan) { byPlan = new WeakMap(); cache.set(ev, byPlan); }
  let hit = byPlan.get(plan);
  if (!hit) {
    // The forecast is the scenario's own (its actuals over its assumptions); only the plan differs.
    const forecast = ev.forecast?.forecast ?? projectForecast(ev.values, ev.scenario.actuals ?? [], ev.projection);
    hit = { ...ev, forecast, variance: computeVariance(plan, forecast), against: budget ? chosen : 'own' };
    byPlan.set(plan, hit);
  }
  return { ...hit, stale: ev.stale };
}
