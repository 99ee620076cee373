import { project } from '../model/engine';
import { parseCellEdit } from '../model/parse-edit';
import { parseScenario } from '../model/parse-scenario';
import { projectEdit } from '../model/project-edit';
import { evaluateTargets } from '../model/targets';
import type { Problem, Projection, Scenario, ScenarioValues, TargetResult } from '../model/types';
import { useStore } from './store';

export interface Projected {
  scenario: Scenario;
  projection: Projection;
  values: ScenarioValues;
  targets: TargetResult[];
}

export type ScenarioEvaluation = ({ ok: true } & Projected) | { ok: false; problems: Problem[] };

export interface Evaluation extends Projected {
  /** The working scenario has problems; the projection shown is the last one that computed. */
  stale: boolean;
  problems: Problem[];
}

// Derived data is computed, never stored: one evaluation per scenario object, shared by every
// component that asks (the store replaces the scenario object on every change).
const cache = new WeakMap<Scenario, ScenarioEvaluation>();
// The last scenario that parsed, with its parse and projection: an edit of it only re-checks the
// edited cells, and is projected from its first changed year on.
let lastParsed: { input: Scenario; parsed: { scenario: Scenario; values: ScenarioValues }; projection: Projection } | null = null;

/** Parses, resolves and projects any scenario once, whoever asks (working, compare, library). */
export function evaluateScenario(scenario: Scenario): ScenarioEvaluation {
  let hit = cache.get(scenario);
  if (!hit) {
    const parsed = (lastParsed && parseCellEdit(lastParsed.input, lastParsed.parsed, scenario)) ?? parseScenario(scenario);
    if (parsed.ok) {
      const projection = lastParsed ? projectEdit(parsed.values, lastParsed.parsed.values, lastParsed.projection) : project(parsed.values);
      lastParsed = { input: scenario, parsed, projection };
      hit = { ok: true, scenario: parsed.scenario, projection, values: parsed.values, targets: evaluateTargets(parsed.scenario.targets, parsed.values, projection) };
    } else {
      hit = { ok: false, problems: parsed.problems };
    }
    cache.set(scenario, hit);
  }
  return hit;
}

// The working scenario's last good projection stays on screen while a cell is invalid.
let lastGood: Projected | null = null;
const working = new WeakMap<Scenario, Evaluation>();

/** The evaluation of the working scenario: its own projection, or the last good one, marked stale. */
export function workingEvaluation(scenario: Scenario): Evaluation {
  let hit = working.get(scenario);
  if (!hit) {
    const result = evaluateScenario(scenario);
    if (result.ok) {
      lastGood = result;
      hit = { ...result, stale: false, problems: [] };
    } else if (lastGood) {
      hit = { ...lastGood, stale: true, problems: result.problems };
    } else {
      // Only a bug can get here: the app starts on a scenario that parsed.
      throw new Error(`No valid projection to show: ${result.problems.map((p) => `${p.place}: ${p.message}`).join('; ')}`);
    }
    working.set(scenario, hit);
  }
  return hit;
}

/** The evaluation of the working scenario, for components. */
export function useEvaluation(): Evaluation {
  return workingEvaluation(useStore((s) => s.scenario));
}
