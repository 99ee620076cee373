// The Monte Carlo worker: runs off the main thread so the grid stays responsive. Several of them
// can share one run (each a range of blocks); cancelling terminates them (monte-carlo-client.ts),
// so the loops need no cancellation checks.
import { expose, transfer } from 'comlink';
import { createMonteCarlo, prepareColumns, recycleColumns, type MonteCarloSettings } from '../model/monte-carlo';
import { combineParts, type MonteCarloPart, type MonteCarloResult } from '../model/monte-carlo-result';
import { parseScenario } from '../model/parse-scenario';
import { typicalRanges } from '../model/uncertainty';
import type { Scenario, Target } from '../model/types';

/** Runs between two looks at the clock: a few milliseconds of work. */
const CHUNK = 250;
/** Runs made (and dropped) when a worker starts, to compile the engine's code before the first real run. */
const WARM_UP_RUNS = 1500;
const WARM_UP_SLICE = 250;
const WARM_UP_PAUSE_MS = 25;
/** At most one progress report per this many milliseconds. */
const REPORT_MS = 50;

/** Where a worker's time went, for the benchmark: parsing, the runs, the percentiles. */
export interface Phases { parseMs: number; runsMs: number; percentilesMs: number }
export interface WorkerOutcome { result: MonteCarloResult; elapsedMs: number; phases: Phases }
export interface ShareOutcome { part: MonteCarloPart; ranges: number; parseMs: number; runsMs: number }

// The page asks the runs to step aside while the planner types or drags (pause()): a worker on
// a core the page needs (for its own work, its compositor and raster threads) doubled the time an
// edit took to paint. Between slices of runs the worker reads its messages and waits out a pause.
let pausedUntil = 0;

/** Lets the worker's queued messages (a pause) run: a message to itself, with no timer clamping. */
function readMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

async function stepAside(): Promise<void> {
  await readMessages();
  for (let wait = pausedUntil - performance.now(); wait > 0; wait = pausedUntil - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Real runs under way in this worker (a warm-up gives way to them). */
let realRuns = 0;

async function start(scenario: Scenario, settings: MonteCarloSettings, range: { from: number; to: number } | undefined, onProgress: (done: number) => void) {
  realRuns++;
  try {
    return await stepRuns(scenario, settings, range, onProgress);
  } finally {
    realRuns--;
  }
}

async function stepRuns(scenario: Scenario, settings: MonteCarloSettings, range: { from: number; to: number } | undefined, onProgress: (done: number) => void) {
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
    if (run.done < run.total) await stepAside();
  }
  return { run, parseMs: t1 - t0, runsMs: performance.now() - t1 };
}

const api = {
  /** Every run in this worker, then the percentiles. */
  async runAll(scenario: Scenario, settings: MonteCarloSettings, onProgress: (done: number) => void): Promise<WorkerOutcome> {
    const t0 = performance.now();
    const { run, parseMs, runsMs } = await start(scenario, settings, undefined, onProgress);
    const t1 = performance.now();
    const result = run.finish();
    const end = performance.now();
    return { result, elapsedMs: end - t0, phases: { parseMs, runsMs, percentilesMs: end - t1 } };
  },
  /** This worker's share of the runs; its raw values are handed over, not copied. */
  async runShare(scenario: Scenario, settings: MonteCarloSettings, range: { from: number; to: number }, onProgress: (done: number) => void): Promise<ShareOutcome> {
    const { run, parseMs, runsMs } = await start(scenario, settings, range, onProgress);
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
  /** Holds the runs for the next `ms` milliseconds (the page has input to answer). */
  pause(ms: number): void {
    pausedUntil = Math.max(pausedUntil, performance.now() + Math.min(ms, 1000));
  },
  /** Keeps a buffer of an earlier share for the next run (a new one costs a page fault per page). */
  keep(buffer: ArrayBuffer): void {
    recycleColumns(buffer);
  },
  /**
   * Gets ready while the page is idle, before the first run: a buffer for `runs` runs, and a few
   * hundred runs of the scenario whose results are dropped, so that the engine's code is compiled
   * (the first runs of a new worker were 3 to 5 times slower than the next ones).
   */
  async prepare(runs: number, scenario: Scenario | null): Promise<void> {
    // With ranges, as the real runs will have: code compiled for runs without any would be
    // thrown away at the first real run.
    const parsed = scenario && parseScenario(scenario.uncertainty?.length ? scenario : { ...scenario, uncertainty: typicalRanges(scenario) });
    // Made before the kept buffer, so that it takes a small one of its own, not that one.
    const warm = parsed?.ok ? createMonteCarlo(parsed.scenario, parsed.values, { runs: WARM_UP_RUNS, seed: 1 }) : null;
    prepareColumns(runs);
    if (!warm) return;
    // In slices with pauses: the optimising compiler works on background threads, which two busy
    // workers on two cores would starve; the pauses let it finish while nothing waits. A real run
    // that starts meanwhile (comlink answers calls between the slices) ends the warm-up.
    while (warm.done < warm.total && realRuns === 0) {
      warm.step(WARM_UP_SLICE);
      await new Promise((resolve) => setTimeout(resolve, WARM_UP_PAUSE_MS));
    }
    // The percentiles too, when nothing is waiting.
    if (warm.done === warm.total && realRuns === 0) warm.finish();
  },
};

export type MonteCarloWorkerApi = typeof api;

expose(api);
