// How many Monte Carlo runs a setting asks for: apart from the runs themselves, so the store can
// read it without putting the engine's Monte Carlo code on the first screen.

export const MAX_RUNS = 50_000;

export interface MonteCarloSettings { runs: number; seed: number }

/** How many runs a setting asks for, within 1 .. MAX_RUNS. */
export function runCount(settings: MonteCarloSettings): number {
  return Math.max(1, Math.min(MAX_RUNS, Math.floor(settings.runs)));
}
