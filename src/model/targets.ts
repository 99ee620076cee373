import { ANNUAL_FIGURES, DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type AnnualFigure, type DriverKey, type PlanRowKey, type Projection, type ScenarioValues, type Target, type TargetResult } from './types';

const annual = new Set<string>(ANNUAL_FIGURES);
const driverKeys = new Set<string>(DRIVER_KEYS);
const planRowKeys = new Set<string>(PLAN_ROW_KEYS);

export type MetricRef =
  | { kind: 'annual'; key: AnnualFigure }
  | { kind: 'driver'; key: DriverKey }
  | { kind: 'plan'; field: PlanRowKey; planIndex: number };

/** A target's metric (MODEL.md, "A target"): an annual output, else a driver key, else `<field>_<planId>`. */
export function resolveMetric(metric: string, planIds: readonly string[]): MetricRef | null {
  if (annual.has(metric)) return { kind: 'annual', key: metric as AnnualFigure };
  if (driverKeys.has(metric)) return { kind: 'driver', key: metric as DriverKey };
  const cut = metric.indexOf('_');
  if (cut > 0) {
    const field = metric.slice(0, cut);
    const planIndex = planIds.indexOf(metric.slice(cut + 1));
    if (planRowKeys.has(field) && planIndex >= 0) return { kind: 'plan', field: field as PlanRowKey, planIndex };
  }
  return null;
}

/** The value of a metric in year index y: the annual output, or that cell's value in that year. */
export function metricValue(ref: MetricRef, y: number, values: ScenarioValues, projection: Pick<Projection, 'years'>): number | null {
  if (y < 0 || y >= YEARS) return null;
  if (ref.kind === 'annual') return projection.years[y]![ref.key];
  if (ref.kind === 'driver') return values.drivers[ref.key][y]!;
  return values.plans[ref.planIndex]![ref.field][y]!;
}

// A bound is met within a relative 1e-9, so a formula that lands on 0.0899999999 for a 9 % goal
// does not show as missed by a rounding error.
const slack = (bound: number) => 1e-9 * Math.max(1, Math.abs(bound));

/** Whether a value meets a target's min and max; `null` when the value is not computable. */
export function targetMet(target: Pick<Target, 'min' | 'max'>, value: number | null): boolean | null {
  if (value === null) return null;
  if (target.min !== undefined && value < target.min - slack(target.min)) return false;
  if (target.max !== undefined && value > target.max + slack(target.max)) return false;
  return true;
}

/** How far a value is from its target: positive when short of min or above max, else 0. */
export function targetGap(target: Pick<Target, 'min' | 'max'>, value: number | null): number | null {
  if (value === null) return null;
  if (target.min !== undefined && value < target.min) return target.min - value;
  if (target.max !== undefined && value > target.max) return value - target.max;
  return 0;
}

/** Each target with its value and whether it is met (MODEL.md, "A target"), on a plan or a forecast. */
export function evaluateTargets(targets: readonly Target[], values: ScenarioValues, projection: Pick<Projection, 'years'>): TargetResult[] {
  const planIds = values.plans.map((p) => p.id);
  return targets.map((t) => {
    const ref = resolveMetric(t.metric, planIds);
    const value = ref ? metricValue(ref, t.year - values.startYear, values, projection) : null;
    return {
      metric: t.metric,
      year: t.year,
      ...(t.min !== undefined && { min: t.min }),
      ...(t.max !== undefined && { max: t.max }),
      value,
      met: targetMet(t, value),
    };
  });
}
