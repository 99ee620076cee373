import { project } from '../model/engine';
import { parseScenario } from '../model/parse-scenario';
import { evaluateTargets } from '../model/targets';
import type { Problem, Projection, Scenario, ScenarioValues, TargetResult } from '../model/types';
import { useStore } from './store';

export interface Evaluation {
  /** The projection on screen: this scenario's, or the last good one when `stale`. */
  projection: Projection;
  values: ScenarioValues;
  targets: TargetResult[];
  /** The scenario has problems; the projection is the last one that computed. */
  stale: boolean;
  problems: Problem[];
}

// Derived data is computed, never stored: one evaluation per scenario object, shared by every
// component that asks. The last good evaluation is kept so an invalid cell leaves the previous
// projection on screen.
const cache = new WeakMap<Scenario, Evaluation>();
let lastGood: Evaluation | null = null;

/** Parses, resolves and projects a scenario once, whoever asks. */
export function evaluateScenario(scenario: Scenario): Evaluation {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const parsed = parseScenario(scenario);
  let evaluation: Evaluation;
  if (parsed.ok) {
    const projection = project(parsed.values);
    evaluation = { projection, values: parsed.values, targets: evaluateTargets(parsed.scenario.targets, parsed.values, projection), stale: false, problems: [] };
    lastGood = evaluation;
  } else if (lastGood) {
    evaluation = { ...lastGood, stale: true, problems: parsed.problems };
  } else {
    // Only reachable if the very first scenario is invalid; the shipped baseline always parses.
    throw new Error(`No valid projection to show: ${parsed.problems.map((p) => p.message).join('; ')}`);
  }
  cache.set(scenario, evaluation);
  return evaluation;
}

/** The evaluation of the working scenario. */
export function useEvaluation(): Evaluation {
  return evaluateScenario(useStore((s) => s.scenario));
}
