import { project } from './engine';
import { cellIndex, inputRows, type RowRef } from './inputs';
import { applyChanges, planChanges, type ValuesModel } from './perturb';
import { metricValue, type MetricRef } from './targets';
import { YEARS, type Projection } from './types';

export interface TornadoBar {
  row: RowRef;
  /** The output with every year of the row moved down by the step, and up. */
  low: number | null;
  high: number | null;
  /** How far the output moves: max - min of (low, base, high); null when one is not computable. */
  span: number | null;
  /** A moved cell hit its valid range (a rate at 0 % or 100 %, cost at 0) and stopped there. */
  clampedDown: boolean;
  clampedUp: boolean;
}

export interface TornadoResult {
  base: number | null;
  /** Largest span first; bars whose output is not computable last. */
  bars: TornadoBar[];
}

/** Reads one output (an annual figure, or a driver or plan cell) for year index y. */
export function outputOf(model: ValuesModel, metric: MetricRef, y: number, projection: Projection = project(model.values)): number | null {
  return metricValue(metric, y, model.values, projection);
}

/**
 * Tornado: each input row is multiplied by (1 - step) and by (1 + step) in all five years at once,
 * clamped to its valid range (mix rebalanced, see applyChanges), and the bars rank the rows by
 * the span of the output over (down, base, up).
 */
export function tornado(model: ValuesModel, metric: MetricRef, y: number, step: number): TornadoResult {
  model.work.set(model.base);
  const base = outputOf(model, metric, y);
  const bars: TornadoBar[] = [];
  const ones = [1, 1, 1, 1, 1];
  for (const row of inputRows(model.planCount)) {
    const cells = Array.from({ length: YEARS }, (_, yy) => cellIndex(row, yy));
    const plan = planChanges(model, cells);
    const run = (factor: number) => {
      applyChanges(model, plan, [factor, factor, factor, factor, factor], ones);
      const clamped = cells.some((c) => Math.abs(model.work[c]! - model.base[c]! * factor) > 1e-12 * Math.abs(model.base[c]! * factor));
      return { value: outputOf(model, metric, y), clamped };
    };
    const down = run(1 - step);
    const up = run(1 + step);
    const known = base !== null && down.value !== null && up.value !== null;
    const span = known ? Math.max(base, down.value!, up.value!) - Math.min(base, down.value!, up.value!) : null;
    bars.push({ row, low: down.value, high: up.value, span, clampedDown: down.clamped, clampedUp: up.clamped });
  }
  model.work.set(model.base);
  bars.sort((a, b) => (b.span ?? -1) - (a.span ?? -1));
  return { base, bars };
}
