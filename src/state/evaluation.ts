import type { Problem, Projection, Scenario, TargetResult } from '../model/types';
import { evaluateScenario, type Projected } from './evaluate';
import { useStore } from './store';
import type { Basis } from './ui-slice';

/** Figures to show for the working scenario: its own, or its own last good ones, marked stale. */
export interface Evaluation extends Projected {
  /** The working scenario has problems; the projection shown is its own last version that computed. */
  stale: boolean;
  problems: Problem[];
  /** Which the figures are: the forecast from the actuals, or the plan (always the plan without actuals). */
  showing: 'plan' | 'forecast';
  /** The plan's projection and targets, whichever is shown (the cards put the plan beside the forecast). */
  plan: Projection;
  planTargets: TargetResult[];
}

/** What the working scenario has to show. */
export interface WorkingEvaluation {
  /** Its figures; null when neither it nor an earlier version of it ever computed. */
  shown: Evaluation | null;
  /** Its problems now (empty when it computes). */
  problems: Problem[];
}

/** The part of the store the working evaluation reads. */
export interface WorkingDocument {
  scenario: Scenario;
  /** The latest earlier version of this same scenario that computed (see the scenario slice). */
  lastGood: Scenario | null;
}

// One answer per scenario that computes, and per (scenario, lastGood) pair for one that does not,
// so every component that asks gets the same object. Both levels are weak: a cached answer never
// holds on to an earlier version of the scenario (that would keep the whole edit history alive).
const computed = new WeakMap<Scenario, WorkingEvaluation>();
const failing = new WeakMap<Scenario, { none?: WorkingEvaluation; after: WeakMap<Scenario, WorkingEvaluation> }>();

/**
 * The working scenario's figures: its own projection; else the projection of its own last good
 * version, marked stale; else none. Never another scenario's: lastGood belongs to this scenario.
 */
export function workingEvaluation(doc: WorkingDocument): WorkingEvaluation {
  const hit = computed.get(doc.scenario);
  if (hit) return hit;
  const now = evaluateScenario(doc.scenario);
  if (now.ok) {
    const result: WorkingEvaluation = { shown: { ...now, stale: false, problems: [], showing: 'plan', plan: now.projection, planTargets: now.targets }, problems: [] };
    computed.set(doc.scenario, result);
    return result;
  }
  let byLastGood = failing.get(doc.scenario);
  if (!byLastGood) failing.set(doc.scenario, (byLastGood = { after: new WeakMap() }));
  const known = doc.lastGood ? byLastGood.after.get(doc.lastGood) : byLastGood.none;
  if (known) return known;
  const before = doc.lastGood ? evaluateScenario(doc.lastGood) : null;
  const result: WorkingEvaluation = { shown: before?.ok ? { ...before, stale: true, problems: now.problems, showing: 'plan', plan: before.projection, planTargets: before.targets } : null, problems: now.problems };
  if (doc.lastGood) byLastGood.after.set(doc.lastGood, result);
  else byLastGood.none = result;
  return result;
}

const asForecast = new WeakMap<Evaluation, Evaluation>();

/**
 * The figures in the basis asked for: with actuals and 'forecast', the forecast's projection and
 * targets in place of the plan's (the plan stays in `plan`); else the evaluation as it is. One
 * object per evaluation, so the deferred dashboard sees the same figures until they change.
 */
export function inBasis(e: Evaluation, basis: Basis): Evaluation {
  if (basis === 'plan' || !e.forecast) return e;
  let hit = asForecast.get(e);
  if (!hit) {
    hit = { ...e, projection: e.forecast.projection, targets: e.forecast.targets, showing: 'forecast' };
    asForecast.set(e, hit);
  }
  return hit;
}

/** The working scenario's evaluation, figures or not (the shell, the grid's problems, exports). */
export function useWorkingEvaluation(): WorkingEvaluation {
  const scenario = useStore((s) => s.scenario);
  const lastGood = useStore((s) => s.lastGood);
  return workingEvaluation({ scenario, lastGood });
}

/**
 * The working scenario's figures, for views that show figures. Those render inside the shell's
 * figures gate (components/FiguresGate), which shows what to fix instead while there are none.
 */
export function useEvaluation(): Evaluation {
  const { shown, problems } = useWorkingEvaluation();
  const basis = useStore((s) => s.basis);
  // Only a bug can get here: a view with figures rendered outside the figures gate.
  if (!shown) throw new Error(`No figures to show: the scenario has problems (${problems.map((p) => `${p.place}: ${p.message}`).join('; ')})`);
  return inBasis(shown, basis);
}

/**
 * The working scenario's figures as the plan, whatever the Forecast / Plan switch says: for what
 * recomputes the assumptions alone (the tornado and goal seek), whose base must be the plan's.
 */
export function usePlanEvaluation(): Evaluation {
  const { shown, problems } = useWorkingEvaluation();
  if (!shown) throw new Error(`No figures to show: the scenario has problems (${problems.map((p) => `${p.place}: ${p.message}`).join('; ')})`);
  return shown;
}
