import type { CompiledFormula } from './formula';
import { cellIndex, rowAt, rowBounds } from './inputs';
import { compileCached, orderCells, rowsOf } from './resolve';
import { DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type DriverKey, type PlanRowKey, type PlanValues, type Scenario, type ScenarioValues } from './types';

// A fast re-resolver for sensitivity, goal seek and Monte Carlo: the scenario is parsed and
// resolved once; each evaluation copies the resolved cells, overrides the moved ones, evaluates
// only the formula cells that read them (in dependency order) and keeps MODEL.md's rules
// (ranges, churn + upgrade + downgrade <= 1, mix sums to 1). No parsing, no validation per run.

interface FormulaCell {
  formula: CompiledFormula;
  /** The cell each name reads, or -1 for `year`. */
  sources: Int32Array;
  year: number;
}

/** The resolved scenario as flat cells (c = row * YEARS + y) and a working copy the engine reads. */
export interface ValuesModel {
  readonly planCount: number;
  readonly base: Float64Array;
  readonly work: Float64Array;
  /** Views into `work`: pass to project(). */
  readonly values: ScenarioValues;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly formulas: readonly (FormulaCell | null)[];
  /** position[c]: the cell's place in dependency order. */
  readonly position: Int32Array;
  readonly readers: readonly number[][];
}

/** Compiles a parsed scenario and its resolved values (parseScenario's output) into a ValuesModel. */
export function compileValues(scenario: Scenario, values: ScenarioValues): ValuesModel {
  const P = values.plans.length;
  const rowCount = DRIVER_KEYS.length + P * PLAN_ROW_KEYS.length;
  const n = rowCount * YEARS;
  const base = new Float64Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let r = 0; r < rowCount; r++) {
    const ref = rowAt(r);
    const row = ref.kind === 'driver' ? values.drivers[ref.key] : values.plans[ref.planIndex]![ref.field];
    const bounds = rowBounds(ref, P);
    for (let y = 0; y < YEARS; y++) {
      base[r * YEARS + y] = row[y]!;
      lo[r * YEARS + y] = bounds.min;
      hi[r * YEARS + y] = bounds.max;
    }
  }
  const { rows, byName } = rowsOf(scenario);
  const formulas: (FormulaCell | null)[] = new Array<FormulaCell | null>(n).fill(null);
  const deps: number[][] = Array.from({ length: n }, () => []);
  const readers: number[][] = Array.from({ length: n }, () => []);
  for (let c = 0; c < n; c++) {
    const raw = rows[(c / YEARS) | 0]!.cells[c % YEARS];
    if (typeof raw !== 'string') continue;
    const compiled = compileCached(raw);
    if (!compiled.ok) throw new Error(`compileValues needs a parsed scenario: ${compiled.message}`);
    const y = c % YEARS;
    const sources = Int32Array.from(compiled.formula.names, (name) => (name === 'year' ? -1 : name === 'prev' ? c - 1 : byName.get(name)! * YEARS + y));
    formulas[c] = { formula: compiled.formula, sources, year: scenario.startYear + y };
    for (const s of sources) if (s >= 0) { deps[c]!.push(s); readers[s]!.push(c); }
  }
  const order = orderCells(n, deps, () => { throw new Error('compileValues needs a scenario without cycles'); });
  const position = new Int32Array(n);
  order.forEach((c, i) => { position[c] = i; });
  const work = base.slice();
  const view = (r: number) => work.subarray(r * YEARS, r * YEARS + YEARS);
  const drivers = {} as Record<DriverKey, Float64Array>;
  DRIVER_KEYS.forEach((key, r) => { drivers[key] = view(r); });
  const plans = values.plans.map((plan, i): PlanValues => {
    const first = DRIVER_KEYS.length + i * PLAN_ROW_KEYS.length;
    return {
      id: plan.id, name: plan.name, initialCustomers: plan.initialCustomers,
      price: view(first), mix: view(first + 1), churn: view(first + 2), upgrade: view(first + 3), downgrade: view(first + 4),
    };
  });
  const workValues: ScenarioValues = { startYear: values.startYear, startingCash: values.startingCash, drivers, plans };
  // Funding is not a cell: every perturbed run keeps the scenario's rounds.
  if (values.financing) workValues.financing = values.financing;
  return { planCount: P, base, work, values: workValues, lo, hi, formulas, position, readers };
}

/** Which cells move (slots, in the caller's order) and what follows from them, computed once. */
export interface ChangePlan {
  readonly cells: Int32Array;
  /** Moved cells and the formula cells that read them, in dependency order. */
  readonly steps: Int32Array;
  /** slotOf[c]: the slot of a moved cell, -1 for a formula cell that follows, -2 for the rest. */
  readonly slotOf: Int32Array;
  /** Mix cells (P per year) of the years whose mix must be rebalanced, with which of them moved. */
  readonly mixCells: Int32Array;
  readonly mixMoved: Uint8Array;
  readonly mixBaseSums: Float64Array;
  /** (churn, upgrade, downgrade) cells of each plan-year where one of them moved. */
  readonly outflowCells: Int32Array;
}

const OUTFLOW: readonly PlanRowKey[] = ['churn', 'upgrade', 'downgrade'];

/** Plans moving the given cells: collects the formula cells that read them and the rules to keep. */
export function planChanges(model: ValuesModel, cells: readonly number[]): ChangePlan {
  const n = model.base.length;
  const slotOf = new Int32Array(n).fill(-2);
  cells.forEach((c, i) => { slotOf[c] = i; });
  const touched: number[] = [...cells];
  for (let k = 0; k < touched.length; k++) {
    for (const reader of model.readers[touched[k]!]!) {
      if (slotOf[reader] !== -2) continue;
      slotOf[reader] = -1;
      touched.push(reader);
    }
  }
  const steps = Int32Array.from(touched).sort((a, b) => model.position[a]! - model.position[b]!);
  const P = model.planCount;
  const mixCells: number[] = [];
  const mixMoved: number[] = [];
  const mixBaseSums: number[] = [];
  const outflowCells: number[] = [];
  for (let y = 0; y < YEARS; y++) {
    const mix = Array.from({ length: P }, (_, i) => cellIndex({ kind: 'plan', planIndex: i, field: 'mix' }, y));
    if (mix.some((c) => slotOf[c] !== -2)) {
      mixCells.push(...mix);
      mixMoved.push(...mix.map((c) => (slotOf[c] !== -2 ? 1 : 0)));
      mixBaseSums.push(mix.reduce((sum, c) => sum + model.base[c]!, 0));
    }
    for (let i = 0; i < P; i++) {
      const out = OUTFLOW.map((field) => cellIndex({ kind: 'plan', planIndex: i, field }, y));
      if (out.some((c) => slotOf[c] !== -2)) outflowCells.push(...out);
    }
  }
  return {
    cells: Int32Array.from(cells), steps, slotOf,
    mixCells: Int32Array.from(mixCells), mixMoved: Uint8Array.from(mixMoved), mixBaseSums: Float64Array.from(mixBaseSums),
    outflowCells: Int32Array.from(outflowCells),
  };
}

const scope = new Map<string, number>();

/**
 * Sets the working cells: moved cell s becomes `amounts[s]`, or `base * amounts[s]` when
 * `relative[s]`; formula cells that read moved cells are evaluated again; every changed cell is
 * clamped to its valid range; then churn + upgrade + downgrade is kept <= 1 and each year's mix
 * is rebalanced to 1 (MODEL.md). Returns the number of formula cells that failed (they keep their value).
 */
export function applyChanges(model: ValuesModel, plan: ChangePlan, amounts: ArrayLike<number>, relative: ArrayLike<number | boolean>): number {
  const { base, work, lo, hi, formulas } = model;
  work.set(base);
  let failures = 0;
  for (let k = 0; k < plan.steps.length; k++) {
    const c = plan.steps[k]!;
    const s = plan.slotOf[c]!;
    let v: number;
    if (s >= 0) v = relative[s] ? base[c]! * amounts[s]! : amounts[s]!;
    else {
      const f = formulas[c]!;
      scope.clear();
      const names = f.formula.names;
      for (let i = 0; i < names.length; i++) {
        const src = f.sources[i]!;
        scope.set(names[i]!, src < 0 ? f.year : work[src]!);
      }
      const result = f.formula.evaluate(scope);
      if (result.ok) v = result.value;
      else { v = base[c]!; failures++; }
    }
    work[c] = v < lo[c]! ? lo[c]! : v > hi[c]! ? hi[c]! : v;
  }
  for (let k = 0; k < plan.outflowCells.length; k += 3) keepOutflows(work, plan, k);
  const P = model.planCount;
  for (let k = 0; k < plan.mixBaseSums.length; k++) rebalanceMix(work, plan, k * P, P, plan.mixBaseSums[k]!);
  return failures;
}

/** churn + upgrade + downgrade <= 1: the moved ones among the three are scaled down to fit. */
function keepOutflows(work: Float64Array, plan: ChangePlan, at: number): void {
  let total = 0, moved = 0;
  for (let k = at; k < at + 3; k++) {
    const c = plan.outflowCells[k]!;
    total += work[c]!;
    if (plan.slotOf[c] !== -2) moved += work[c]!;
  }
  if (total <= 1 + 1e-12 || moved <= 0) return;
  const scale = Math.max(0, moved - (total - 1)) / moved;
  for (let k = at; k < at + 3; k++) {
    const c = plan.outflowCells[k]!;
    if (plan.slotOf[c] !== -2) work[c]! *= scale;
  }
}

/**
 * Mix sums to 1: the plans whose mix did not move share what the moved ones leave, in
 * proportion to their mix; if they have none to share (or the moved ones exceed 1), the moved
 * ones are scaled to sum to 1. A year whose sum is unchanged is left exactly as it is.
 */
function rebalanceMix(work: Float64Array, plan: ChangePlan, at: number, P: number, baseSum: number): void {
  const { mixCells, mixMoved } = plan;
  let fixed = 0, others = 0, sum = 0;
  for (let k = at; k < at + P; k++) {
    const x = work[mixCells[k]!]!;
    sum += x; // in plan order, as baseSum was added, so that an unchanged year compares equal
    if (mixMoved[k]) fixed += x; else others += x;
  }
  if (sum === baseSum) return;
  for (let k = at; k < at + P; k++) {
    const c = mixCells[k]!;
    if (others > 0 && fixed <= 1) { if (!mixMoved[k]) work[c]! *= (1 - fixed) / others; }
    else if (fixed > 0) work[c] = mixMoved[k] ? work[c]! / fixed : 0;
    else work[c] = 1 / P;
  }
}
