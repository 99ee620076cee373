import { project } from './engine';
import { cellIndex, cellOf, cellRefIndex, rowAt, type RowRef } from './inputs';
import { applyChanges, planChanges, type ChangePlan, type ValuesModel } from './perturb';
import { metricValue, targetMet, type MetricRef } from './targets';
import { YEARS, type CellRef, type Target } from './types';

// Goal seek: one input (a cell, or a whole row scaled by one factor) is searched for the value
// at which an output reaches a goal. Outputs need not be monotonic, so the search range is
// scanned first, then the sign change nearest the current input is bisected.

/** Reach at least, at most, or exactly a value. */
export interface Goal { kind: 'min' | 'max' | 'equal'; value: number }

export interface GoalSeekSpec {
  metric: MetricRef;
  /** Year index of the output. */
  y: number;
  goal: Goal;
  input: RowRef;
  /** Year index of the input cell; null = every year, scaled by one factor (x is the factor). */
  inputYear: number | null;
  /** Search range of x; defaults to defaultRange(). */
  range?: [number, number];
}

export interface Edit { ref: CellRef; value: number }

export type GoalSeekResult =
  | { status: 'solved'; x: number; output: number; edits: Edit[]; alreadyMet: boolean; range: [number, number] }
  | { status: 'unreachable'; best: { x: number; output: number } | null; range: [number, number] }
  | { status: 'invalid'; message: string };

const SCAN = 48;
const MAX_BISECTIONS = 80;
/** Search range for rows without an upper bound (money, prices): this many times today's value. */
const OPEN_RANGE = 10;

/** The bound of a target to aim at: its min when below it, its max when above, else the nearer one. */
export function goalOfTarget(target: Pick<Target, 'min' | 'max'>, current: number | null): Goal | null {
  const { min, max } = target;
  if (min !== undefined && (max === undefined || current === null || current < min)) return { kind: 'min', value: min };
  if (max !== undefined && (min === undefined || current === null || current > max)) return { kind: 'max', value: max };
  if (min === undefined || max === undefined || current === null) return null;
  return current - min <= max - current ? { kind: 'min', value: min } : { kind: 'max', value: max };
}

/** The largest a cell may be given its plan's other outflows (churn + upgrade + downgrade <= 1). */
function cellMax(model: ValuesModel, input: RowRef, y: number): number {
  const c = cellIndex(input, y);
  if (input.kind !== 'plan' || !['churn', 'upgrade', 'downgrade'].includes(input.field)) return model.hi[c]!;
  let others = 0;
  for (const field of ['churn', 'upgrade', 'downgrade'] as const) if (field !== input.field) others += model.base[cellIndex({ ...input, field }, y)]!;
  return Math.min(model.hi[c]!, Math.max(0, 1 - others));
}

/** The valid search range (MODEL.md's ranges; open-ended money searched up to 10x today's value). */
export function defaultRange(model: ValuesModel, input: RowRef, inputYear: number | null): [number, number] | null {
  const years = inputYear === null ? [0, 1, 2, 3, 4] : [inputYear];
  if (inputYear !== null) {
    const c = cellIndex(input, inputYear);
    const hi = cellMax(model, input, inputYear);
    if (Number.isFinite(hi)) return [model.lo[c]!, hi];
    let rowMax = 0;
    for (let y = 0; y < YEARS; y++) rowMax = Math.max(rowMax, model.base[cellIndex(input, y)]!);
    return [model.lo[c]!, Math.max(OPEN_RANGE * rowMax, 1)];
  }
  let lo = 0, hi = OPEN_RANGE;
  let moves = false;
  for (const y of years) {
    const b = model.base[cellIndex(input, y)]!;
    if (b <= 0) continue;
    moves = true;
    lo = Math.max(lo, model.lo[cellIndex(input, y)]! / b);
    hi = Math.min(hi, cellMax(model, input, y) / b);
  }
  return moves && hi > lo ? [lo, hi] : null;
}

// Ten significant digits: far below anything a planner reads, and a file stays readable.
const roundSig = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(10)));

/** Goal seek (scan, then bisection) within the input's valid range; see GoalSeekResult. */
export function goalSeek(model: ValuesModel, spec: GoalSeekSpec): GoalSeekResult {
  const { input, inputYear, metric, y, goal } = spec;
  const range = spec.range ?? defaultRange(model, input, inputYear);
  if (!range) return { status: 'invalid', message: 'every year of this row is 0, so scaling it changes nothing: pick one year instead' };
  const cells = inputYear === null ? [0, 1, 2, 3, 4].map((yy) => cellIndex(input, yy)) : [cellIndex(input, inputYear)];
  const plan = planChanges(model, cells);
  const relative = cells.map(() => inputYear === null);
  const amounts = new Float64Array(cells.length);
  const output = (x: number): number | null => {
    amounts.fill(x);
    applyChanges(model, plan, amounts, relative);
    return metricValue(metric, y, model.values, project(model.values));
  };
  const gap = (v: number | null) => (v === null ? null : v - goal.value);
  const current = inputYear === null ? 1 : model.base[cells[0]!]!;
  const currentOutput = output(current);
  const alreadyMet = goal.kind !== 'equal' && targetMet(goal.kind === 'min' ? { min: goal.value } : { max: goal.value }, currentOutput) === true;

  const [lo, hi] = range;
  const xs = Array.from({ length: SCAN + 1 }, (_, i) => (i === SCAN ? hi : lo + ((hi - lo) * i) / SCAN));
  const gs = xs.map((x) => gap(output(x)));
  const known = gs.filter((g): g is number => g !== null);
  if (known.length > 1 && known.every((g) => g === known[0])) {
    model.work.set(model.base);
    return { status: 'invalid', message: 'the output does not change when this input moves: pick another input (or, for a target on an input row, that row itself)' };
  }
  let bracket: [number, number] | null = null;
  let distance = Infinity;
  for (let i = 0; i < SCAN; i++) {
    const a = gs[i], b = gs[i + 1];
    if (a == null || b == null || (a > 0 && b > 0) || (a < 0 && b < 0)) continue;
    const d = current < xs[i]! ? xs[i]! - current : current > xs[i + 1]! ? current - xs[i + 1]! : 0;
    if (d < distance) { distance = d; bracket = [i, i + 1]; }
  }
  if (!bracket) { model.work.set(model.base); return { status: 'unreachable', best: best(xs, gs, goal), range }; }

  let [a, b] = [xs[bracket[0]]!, xs[bracket[1]]!];
  let ga = gs[bracket[0]]!;
  if (ga === 0) b = a;
  else if (gs[bracket[1]] === 0) { a = b; ga = 0; }
  for (let k = 0; k < MAX_BISECTIONS && b - a > 1e-13 * Math.max(1, Math.abs(a)); k++) {
    const mid = (a + b) / 2;
    const gm = gap(output(mid));
    if (gm === null) break;
    if (gm === 0) { a = b = mid; break; }
    if ((gm < 0) === (ga < 0)) { a = mid; ga = gm; } else b = mid;
  }
  const x = pick(a, b, ga, goal);
  const exact = output(x);
  if (exact === null) return { status: 'unreachable', best: null, range };
  const edits = editsFrom(model, plan, cells);
  // Rounded values make a clean file; they are kept only if the goal still holds with them.
  const rounded = edits.map((e) => ({ ...e, value: roundSig(e.value) }));
  const check = outputWith(model, rounded, metric, y);
  const holds = check !== null && (goal.kind === 'equal'
    ? Math.abs(check - exact) <= 1e-9 * Math.max(1, Math.abs(exact))
    : targetMet(goal.kind === 'min' ? { min: goal.value } : { max: goal.value }, check) === true);
  model.work.set(model.base);
  return holds ? { status: 'solved', x, output: check, edits: rounded, alreadyMet, range } : { status: 'solved', x, output: exact, edits, alreadyMet, range };
}

/** The end of the final bracket on the side that meets a min or max goal; the midpoint for `equal`. */
function pick(a: number, b: number, ga: number, goal: Goal): number {
  if (goal.kind === 'equal') return (a + b) / 2;
  const aMeets = goal.kind === 'min' ? ga >= 0 : ga <= 0;
  return aMeets ? a : b;
}

/** The best reachable output on the scan: the highest for a min goal, the lowest for max, the closest for equal. */
function best(xs: number[], gs: (number | null)[], goal: Goal): { x: number; output: number } | null {
  let found: { x: number; output: number } | null = null;
  let score = Infinity;
  gs.forEach((g, i) => {
    if (g === null) return;
    const s = goal.kind === 'min' ? -g : goal.kind === 'max' ? g : Math.abs(g);
    if (s < score) { score = s; found = { x: xs[i]!, output: g + goal.value }; }
  });
  return found;
}

/** The output with the given cells set to these values (the check of an apply before it happens). */
function outputWith(model: ValuesModel, edits: readonly Edit[], metric: MetricRef, y: number): number | null {
  const cells = edits.map((e) => cellRefIndex(e.ref));
  applyChanges(model, planChanges(model, cells), edits.map((e) => e.value), edits.map(() => false));
  return metricValue(metric, y, model.values, project(model.values));
}

/** The cells an apply writes: the moved cells and any mix or outflow cells rebalanced with them. */
function editsFrom(model: ValuesModel, plan: ChangePlan, cells: number[]): Edit[] {
  const edits: Edit[] = [];
  const rowOf = (c: number) => cellOf(rowAt((c / YEARS) | 0), c % YEARS);
  for (let c = 0; c < model.base.length; c++) {
    const followsFormula = plan.slotOf[c] === -1;
    if (followsFormula || (model.work[c] === model.base[c] && !cells.includes(c))) continue;
    edits.push({ ref: rowOf(c), value: model.work[c]! });
  }
  return edits;
}
