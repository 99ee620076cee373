import { proxy, transfer, wrap, type Remote } from 'comlink';
import { BLOCK, runCount, type MonteCarloSettings } from '../model/monte-carlo';
import type { Scenario } from '../model/types';
import { onMainThread } from './monte-carlo-fallback';
import type { MonteCarloWorkerApi } from './monte-carlo.worker';
import type { RunOutcome } from './run-outcome';

// Runs Monte Carlo in Web Workers (comlink): one per core up to four, each a range of blocks, so
// the same seed gives the same result however many share it. The workers stay alive between runs
// (starting one costs more than 10,000 runs of the engine); cancelling terminates them. If a
// worker cannot start or fails, the runs go on the main thread in short slices, and the caller
// is told why.


export interface RunHandle {
  promise: Promise<RunOutcome>;
  cancel: () => void;
}

export interface RunOptions {
  onProgress: (done: number, total: number) => void;
  /** Called once when the workers failed and the runs moved to the main thread. */
  onFallback: (reason: string) => void;
  /** Creates a worker; tests pass one that fails. Workers from it are not kept for later runs. */
  createWorker?: () => Worker;
}

interface Pooled { worker: Worker; remote: Remote<MonteCarloWorkerApi>; failed: Promise<never> }

const MAX_WORKERS = 4;
let pool: Pooled[] = [];

function defaultWorker(): Worker {
  return new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
}

function spawn(create: () => Worker): Pooled {
  const worker = create();
  // A script that fails to load never answers: its `error` event is the only sign.
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => reject(new Error(event instanceof ErrorEvent && event.message ? event.message : 'the worker script could not be loaded')));
    worker.addEventListener('messageerror', () => reject(new Error('a worker could not read its message')));
  });
  // Each call races this promise; the handler only stops an idle worker's failure from being
  // reported as unhandled before a call looks at it.
  failed.catch(() => undefined);
  return { worker, remote: wrap<MonteCarloWorkerApi>(worker), failed };
}

/** How many workers a run uses: one per core (navigator.hardwareConcurrency), at most four. */
function workerCount(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

/** Starts the workers ahead of the first run (e.g. when the Monte Carlo tab opens), ready for `runs` runs of `scenario`. */
export function prewarmMonteCarlo(runs: number, scenario: Scenario): void {
  try {
    const fresh: Pooled[] = [];
    while (pool.length < workerCount()) { const p = spawn(defaultWorker); pool.push(p); fresh.push(p); }
    // Each worker gets its buffer for its share of `runs` ready now, not during the first run,
    // and a new one compiles the engine's code on a few runs of the scenario.
    const share = Math.max(...shares(runCount({ runs, seed: 0 }), pool.length).map((s) => s.to - s.from));
    // Fire and forget: a worker that cannot start is reported by the run that uses it.
    for (const p of pool) void p.remote.prepare(share, fresh.includes(p) ? scenario : null);
  } catch {
    // No workers here (an old browser, a blocked script): the first run finds out and says so.
    pool = [];
  }
}

function dropPool(team: readonly Pooled[]): void {
  for (const p of team) p.worker.terminate();
  pool = pool.filter((p) => !team.includes(p));
}

/** Contiguous shares on block boundaries, as even as blocks allow. */
export function shares(total: number, workers: number): { from: number; to: number }[] {
  const blocks = Math.ceil(total / BLOCK);
  const n = Math.max(1, Math.min(workers, blocks));
  return Array.from({ length: n }, (_, i) => ({ from: Math.min(total, Math.round((blocks * i) / n) * BLOCK), to: Math.min(total, Math.round((blocks * (i + 1)) / n) * BLOCK) }));
}

const describe = (error: unknown) => (error instanceof Error ? error.message : typeof error === 'string' ? error : 'a worker stopped with an error');

/** Starts a run in workers, falling back to the main thread; see RunOutcome. */
export function startMonteCarlo(scenario: Scenario, settings: MonteCarloSettings, options: RunOptions): RunHandle {
  const total = runCount(settings);
  let cancelled = false;
  let team: Pooled[] = [];
  let last = 0;
  // Input on the page holds the workers' runs while they go on (see holdOnInput).
  let stopHolding: () => void = () => undefined;
  const progress = (done: number) => {
    if (cancelled) return;
    last = done;
    options.onProgress(done, total);
  };
  let settle: (outcome: RunOutcome) => void = () => undefined;
  const promise = new Promise<RunOutcome>((resolve) => {
    settle = resolve;
    const plan = shares(total, options.createWorker ? 1 : workerCount());
    const run = async (): Promise<RunOutcome> => {
      if (options.createWorker) team = [spawn(options.createWorker)];
      else { while (pool.length < plan.length) pool.push(spawn(defaultWorker)); team = pool.slice(0, plan.length); }
      stopHolding = holdOnInput(team);
      try {
        return await inWorkers(team, scenario, settings, plan, progress);
      } finally {
        stopHolding();
      }
    };
    run()
      .then((outcome) => { if (options.createWorker) dropPool(team); resolve(outcome); })
      .catch((error: unknown) => {
        dropPool(team);
        if (cancelled) return;
        options.onFallback(describe(error));
        last = 0;
        void onMainThread(scenario, settings, progress, () => cancelled).then((outcome) => resolve(cancelled ? { kind: 'cancelled', done: last, total } : outcome));
      });
  });
  const cancel = () => {
    if (cancelled) return;
    cancelled = true;
    // A terminated worker never answers, so the run's own `finally` may never come.
    stopHolding();
    dropPool(team);
    settle({ kind: 'cancelled', done: last, total });
  };
  return { promise, cancel };
}

/** How long input on the page holds the runs (the worker's pause()): an edit paints well within it. */
const PAUSE_MS = 80;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'input', 'wheel'] as const;

/** While runs go on, input on the page holds them for a moment; returns the function that stops it. */
function holdOnInput(team: readonly Pooled[]): () => void {
  if (typeof document === 'undefined') return () => undefined;
  let last = -Infinity;
  const onInput = (event: Event) => {
    if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
    const now = performance.now();
    if (now - last < PAUSE_MS / 4) return;
    last = now;
    for (const p of team) void p.remote.pause(PAUSE_MS);
  };
  for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, { capture: true, passive: true });
  return () => { for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, { capture: true }); };
}

async function inWorkers(
  team: readonly Pooled[], scenario: Scenario, settings: MonteCarloSettings,
  plan: readonly { from: number; to: number }[], progress: (done: number) => void,
): Promise<RunOutcome> {
  const race = <T>(p: Pooled, call: Promise<T>) => Promise.race([call, p.failed]);
  const t0 = performance.now();
  if (plan.length === 1) {
    const lead = team[0]!;
    const out = await race(lead, lead.remote.runAll(scenario, settings, proxy(progress)));
    return { kind: 'done', result: out.result, via: 'worker', workers: 1, elapsedMs: out.elapsedMs, phases: out.phases };
  }
  const done = plan.map(() => 0);
  const outs = await Promise.all(plan.map((range, i) => race(team[i]!, team[i]!.remote.runShare(scenario, settings, range, proxy((d: number) => {
    done[i] = d;
    progress(done.reduce((a, b) => a + b, 0));
  })))));
  const parts = outs.map((o) => o.part);
  const lead = team[0]!;
  const combined = await race(lead, lead.remote.combine(transfer(parts, parts.map((p) => p.columns.buffer)), scenario.targets, settings.seed, outs[0]!.ranges));
  // Each share's buffer goes back to its worker for the next run (fire and forget).
  combined.buffers.forEach((buffer, i) => { void team[i]!.remote.keep(transfer(buffer, [buffer])); });
  const phases = { parseMs: Math.max(...outs.map((o) => o.parseMs)), runsMs: Math.max(...outs.map((o) => o.runsMs)), percentilesMs: combined.ms };
  return { kind: 'done', result: combined.result, via: 'worker', workers: plan.length, elapsedMs: performance.now() - t0, phases };
}
