import { createMonteCarlo, type MonteCarloSettings } from '../model/monte-carlo';
import { parseScenario } from '../model/parse-scenario';
import type { Scenario } from '../model/types';
import type { RunOutcome } from './run-outcome';

/** Main-thread slices: short enough for the page to answer between them. */
const SLICE_MS = 8;

/** When the workers fail: the same runs (same seed, same result) on the main thread, in short slices. */
export async function onMainThread(
  scenario: Scenario, settings: MonteCarloSettings, onProgress: (done: number) => void, isCancelled: () => boolean,
): Promise<RunOutcome> {
  const started = performance.now();
  const parsed = parseScenario(scenario);
  if (!parsed.ok) return { kind: 'failed', message: `the scenario has problems: ${parsed.problems.map((p) => `${p.place}: ${p.message}`).join('; ')}` };
  try {
    const run = createMonteCarlo(parsed.scenario, parsed.values, settings);
    while (run.done < run.total) {
      const sliceStart = performance.now();
      do run.step(50); while (run.done < run.total && performance.now() - sliceStart < SLICE_MS);
      onProgress(run.done);
      // A macrotask: input, rendering and other timers run between slices.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (isCancelled()) return { kind: 'cancelled', done: run.done, total: run.total };
    }
    return { kind: 'done', result: run.finish(), via: 'main', workers: 0, elapsedMs: performance.now() - started, phases: null };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
