import { project } from '../model/engine';
import { parseCellEdit } from '../model/parse-edit';
import { parseScenario } from '../model/parse-scenario';
import { projectEdit } from '../model/project-edit';
import { evaluateTargets } from '../model/targets';
import type { Problem, Projection, Scenario, ScenarioValues, TargetResult } from '../model/types';
import { forecastOf, type ForecastEvaluation } from './forecast-evaluation';

// Any scenario's parse and projection, with no store in sight: the scenario slice asks it whether
// a version computed, and views ask it for figures, without an import circle between the two.

export interface Projected {
  scenario: Scenario;
  projection: Projection;
  values: ScenarioValues;
  targets: TargetResult[];
  /** The forecast from the scenario's actuals and its targets; null when it has no actuals (the forecast is the plan). */
  forecast: ForecastEvaluation | null;
}

export type ScenarioEvaluation = ({ ok: true } & Projected) | { ok: false; problems: Problem[] };

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
      hit = {
        ok: true,
        scenario: parsed.scenario,
        projection,
        values: parsed.values,
        targets: evaluateTargets(parsed.scenario.targets, parsed.values, projection),
        forecast: forecastOf(parsed.scenario, parsed.values, projection),
      };
    } else {
      hit = { ok: false, problems: parsed.problems };
    }
    cache.set(scenario, hit);
  }
  return hit;
}
