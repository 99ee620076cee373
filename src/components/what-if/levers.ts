import { isFormula } from '../../model/formula';
import { DRIVER_LABELS, planLabel } from '../../model/places';
import { resolveScenario } from '../../model/resolve';
import { YEARS, type Cell, type CellRef, type Scenario, type ScenarioValues } from '../../model/types';
import { evaluateScenario } from '../../state/evaluate';
import { balanceMix } from '../../state/plan-edits';
import { withCell } from '../../state/scenario-slice';

/** A driver a presenter moves in a meeting: which cells it sets and its slider's range. */
export interface Lever {
  id: string;
  label: string;
  unit: 'money' | 'percent';
  min: number;
  /** The slider's usual top; a value already above it widens the range. */
  max: number;
  step: number;
  ref: (y: number) => CellRef;
  /** Across all years, rates move by the same points and costs in proportion. */
  across: 'shift' | 'scale';
  /** A mix lever rebalances the other plans so the year still sums to 100 %. */
  mix?: number;
}

/** Years a slider changes: every year, or one year index. */
export type Scope = 'all' | number;

/** The levers that matter most in a meeting: the funnel, each plan's churn, the top plan's mix. */
export function leversFor(s: Pick<Scenario, 'plans'>): Lever[] {
  const top = s.plans.length - 1;
  return [
    { id: 'vac', label: DRIVER_LABELS.visitorAcquisitionCost, unit: 'money', min: 0.5, max: 30, step: 0.05, ref: (y) => ({ kind: 'driver', key: 'visitorAcquisitionCost', y }), across: 'scale' },
    { id: 'v2t', label: DRIVER_LABELS.visitorToTrial, unit: 'percent', min: 0, max: 0.25, step: 0.0005, ref: (y) => ({ kind: 'driver', key: 'visitorToTrial', y }), across: 'shift' },
    { id: 't2p', label: DRIVER_LABELS.trialToPaid, unit: 'percent', min: 0, max: 0.6, step: 0.001, ref: (y) => ({ kind: 'driver', key: 'trialToPaid', y }), across: 'shift' },
    ...s.plans.map((p, i): Lever => ({ id: `churn:${p.id}`, label: `${planLabel(s, i)} churn`, unit: 'percent', min: 0, max: 0.1, step: 0.0005, ref: (y) => ({ kind: 'plan', planIndex: i, field: 'churn', y }), across: 'shift' })),
    ...(top > 0 ? [{ id: `mix:${s.plans[top]!.id}`, label: `${planLabel(s, top)} mix`, unit: 'percent' as const, min: 0, max: 1, step: 0.005, ref: (y: number): CellRef => ({ kind: 'plan', planIndex: top, field: 'mix', y }), across: 'shift' as const, mix: top }] : []),
  ];
}

const values = new WeakMap<Scenario, ScenarioValues>();
/**
 * Every cell's value, formulas evaluated, once per scenario object. A scenario that parsed has
 * them already in its evaluation (which the view computed for this scenario in the same render):
 * resolving the formulas again cost the slider about a millisecond a step.
 */
export function resolvedValues(s: Scenario): ScenarioValues {
  let hit = values.get(s);
  if (!hit) {
    const evaluated = evaluateScenario(s);
    hit = evaluated.ok ? evaluated.values : resolveScenario(s).values;
    values.set(s, hit);
  }
  return hit;
}

function at(v: ScenarioValues, ref: CellRef): number {
  return ref.kind === 'driver' ? v.drivers[ref.key][ref.y]! : v.plans[ref.planIndex]![ref.field][ref.y]!;
}
function cellAt(s: Scenario, ref: CellRef): Cell {
  return ref.kind === 'driver' ? s.drivers[ref.key][ref.y]! : s.plans[ref.planIndex]![ref.field][ref.y]!;
}

/** The value a slider shows: its year's, or the first year's across all years. */
export function leverValue(s: Scenario, lever: Lever, scope: Scope): number {
  return at(resolvedValues(s), lever.ref(scope === 'all' ? 0 : scope));
}

const round10 = (x: number) => Math.round(x * 1e10) / 1e10;

/**
 * Sets a lever to `value` on the base scenario. One year: that cell. All years: the first year
 * takes the value and later numeric cells move with it (same points for rates, same ratio for
 * costs); formula cells are left to follow. A mix lever rebalances the other plans.
 */
export function applyLever(base: Scenario, lever: Lever, scope: Scope, value: number): Scenario {
  const years = scope === 'all' ? Array.from({ length: YEARS }, (_, y) => y) : [scope];
  const first = years[0]!;
  const was = at(resolvedValues(base), lever.ref(first));
  let s = base;
  for (const y of years) {
    const ref = lever.ref(y);
    const cell = cellAt(base, ref);
    let next: number;
    if (y === first) next = value;
    else if (isFormula(cell)) continue;
    else if (lever.across === 'scale') next = was > 0 ? cell * (value / was) : value;
    else next = Math.min(1, Math.max(0, cell + (value - was)));
    s = withCell(s, ref, round10(next));
    if (lever.mix !== undefined) s = balanceMix(s, y, lever.mix);
  }
  return s;
}
