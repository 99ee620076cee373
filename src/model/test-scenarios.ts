// Shared by the sensitivity tests (not shipped: only *.test.ts import it).
import baseline from '../../scenarios/crm-baseline.json';
import conservative from '../../scenarios/crm-conservative.json';
import { parseScenario } from './parse-scenario';
import type { Scenario, ScenarioValues } from './types';

/** Parses a scenario or throws with its problems (a test fixture that does not parse is a bug). */
export function parsed(input: unknown): { scenario: Scenario; values: ScenarioValues } {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  return r;
}

/** The shipped baseline, optionally changed. */
export function baselineWith(change: (s: Scenario) => Scenario = (s) => s): { scenario: Scenario; values: ScenarioValues } {
  return parsed(change(structuredClone(baseline) as Scenario));
}

/** The shipped conservative scenario: formulas carry most rows from year to year. */
export function conservativeWith(change: (s: Scenario) => Scenario = (s) => s): { scenario: Scenario; values: ScenarioValues } {
  return parsed(change(structuredClone(conservative) as Scenario));
}
