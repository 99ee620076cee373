// The Monte Carlo worker: runs off the main thread so the grid stays responsive. Several of them
// can share one run (each a range of blocks); cancelling terminates them (monte-carlo-client.ts),
// so the loops need no cancellation checks.
import { expose, transfer } from 'comlink';
import { createMonteCarlo, prepareColumns, recycleColumns, type MonteCarloSettings } from '../model/monte-carlo';
import { combineParts, type MonteCarloPart, type MonteCarloResult } from '../model/monte-carlo-result';
import { parseScenario } from '../model/parse-scenario';
import type { Scenario, Target } from '../model/types';

/** Runs between two looks at the clock: a few milliseconds of work. */
const CHUNK = 250;
/** At most one progress report per this many milliseconds. */
const REPORT_MS = 50;

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
  let reported = t1;
  while (run.done < run.total) {
    run.step(CHUNK);
    // Fire and forget: the main thread only reads the latest count. A few reports a second are
    // enough for a progress bar; each one costs the main thread a render while the runs go on.
    const now = performance.now();
    if (now - reported >= REPORT_MS || run.done === run.total) { reported = now; void onProgress(run.done); }
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
  /** The percentiles and odds of every share together; the shares' buffers go back, in order, to be kept. */
  combine(parts: MonteCarloPart[], targets: Target[], seed: number, ranges: number): { result: MonteCarloResult; ms: number; buffers: ArrayBuffer[] } {
    const t0 = performance.now();
    const result = combineParts(parts, targets, seed, ranges);
    const buffers = parts.map((p) => p.columns.buffer as ArrayBuffer);
    return transfer({ result, ms: performance.now() - t0, buffers }, buffers);
  },
  /** Keeps a buffer of an earlier share for the next run (a new one costs a page fault per page). */
  keep(buffer: ArrayBuffer): void {
    recycleColumns(buffer);
  },
  /** Gets a buffer for `runs` runs ready while the page is idle, before the first run. */
  prepare(runs: number): void {
    prepareColumns(runs);
  },
};

export type MonteCarloWorkerApi = typeof api;

expose(api);
