// The Monte Carlo worker: runs off the main thread so the grid stays responsive. Several of them
// can share one run (each a range of blocks); cancelling terminates them (monte-carlo-client.ts),
// so the loops need no cancellation checks.
import { expose, transfer } from 'comlink';
import { createMonteCarlo, type MonteCarloSettings } from '../model/monte-carlo';
import { combineParts, type MonteCarloPart, type MonteCarloResult } from '../model/monte-carlo-result';
import { parseScenario } from '../model/parse-scenario';
import type { Scenario, Target } from '../model/types';

/** Runs between two progress reports: a few milliseconds of work. */
const CHUNK = 250;

/** Where a worker's time went, for the benchmark: parsing, the runs, the percentiles. */
export interface Phases { parseMs: number; runsMs: number; percentilesMs: number }
export interface WorkerOutcome { result: MonteCarloResult; elapsedMs: number; phases: Phases }
export interface ShareOutcome { part: MonteCarloPart; ranges: number; parseMs: number; runsMs: number }

function start(scenario: Scenario, settings: MonteCarloSettings, range: { from: number; to: number } | undefined, onProgress: (done: number) => void) {
  const t0 = performance.now();
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`the scenario has problems: ${parsed.problems.map((p) => `${p.place}: ${p.message}`).join('; ')}`);
  const run = createMonteCarlo(parsed.scenario, parsed.values, settings, range);
  const t1 = performance.now();
  while (run.done < run.total) {
    run.step(CHUNK);
    // Fire and forget: the main thread only reads the latest count.
    void onProgress(run.done);
  }
  return { run, parseMs: t1 - t0, runsMs: performance.now() - t1 };
}

const api = {
  /** Every run in this worker, then the percentiles. */
  runAll(scenario: Scenario, settings: MonteCarloSettings, onProgress: (done: number) => void): WorkerOutcome {
    const t0 = performance.now();
    const { run, parseMs, runsMs } = start(scenario, settings, undefined, onProgress);
    const t1 = performance.now();
    const result = run.finish();
    const end = performance.now();
    return { result, elapsedMs: end - t0, phases: { parseMs, runsMs, percentilesMs: end - t1 } };
  },
  /** This worker's share of the runs; its raw values are handed over, not copied. */
  runShare(scenario: Scenario, settings: MonteCarloSettings, range: { from: number; to: number }, onProgress: (done: number) => void): ShareOutcome {
    const { run, parseMs, runsMs } = start(scenario, settings, range, onProgress);
    const part = run.part();
    return transfer({ part, ranges: scenario.uncertainty?.length ?? 0, parseMs, runsMs }, [part.columns.buffer]);
  },
  /** The percentiles and odds of every share together. */
  combine(parts: MonteCarloPart[], targets: Target[], seed: number, ranges: number): { result: MonteCarloResult; ms: number } {
    const t0 = performance.now();
    const result = combineParts(parts, targets, seed, ranges);
    return { result, ms: performance.now() - t0 };
  },
};

export type MonteCarloWorkerApi = typeof api;

expose(api);
