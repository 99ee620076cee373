import type { StateCreator } from 'zustand';
import { runCount, type MonteCarloSettings } from '../model/monte-carlo-settings';
import type { MonteCarloResult } from '../model/monte-carlo-result';
import type { AnnualFigure, Scenario } from '../model/types';
import type { RunHandle } from '../workers/monte-carlo-client';
import type { ScenarioSlice } from './scenario-slice';

// The Sensitivity view's choices and the Monte Carlo run. The run lives here, not in a component,
// so it goes on (in its worker) while the planner edits the grid, and its result is still there
// when they come back. None of it is in the undo history (the store's partialize keeps the scenario only).

export type SensitivityTab = 'tornado' | 'goal-seek' | 'monte-carlo';

export interface TornadoSettings {
  metric: AnnualFigure;
  /** Year index 0..4, so a new start year keeps the choice. */
  y: number;
  /** The move up and down, as a fraction: 0.1 = +-10 %. */
  step: number;
}

export interface MonteCarloState {
  phase: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  via: 'worker' | 'main' | null;
  /** How many workers shared the runs (0 on the main thread). */
  workers: number;
  /** Why the worker was not used, when the runs fell back to the main thread. */
  fallback: string | null;
  error: string | null;
  result: MonteCarloResult | null;
  elapsedMs: number | null;
  /** Where the worker's time went (parse, runs, percentiles), for benchmarks. */
  phases: { parseMs: number; runsMs: number; percentilesMs: number } | null;
  /** The scenario the result was computed from: another one makes the result out of date. */
  scenario: Scenario | null;
}

export interface SensitivitySlice {
  sensitivityTab: SensitivityTab;
  setSensitivityTab: (tab: SensitivityTab) => void;
  tornadoSettings: TornadoSettings;
  setTornadoSettings: (change: Partial<TornadoSettings>) => void;
  monteCarloSettings: MonteCarloSettings;
  setMonteCarloSettings: (change: Partial<MonteCarloSettings>) => void;
  monteCarlo: MonteCarloState;
  /** Loads the run's code ahead of Run (the Monte Carlo panel asks on opening), so Run starts at once. */
  prepareMonteCarlo: () => void;
  /** Starts Monte Carlo runs of the working scenario (cancelling one under way). */
  runMonteCarlo: () => void;
  cancelMonteCarlo: () => void;
}

const IDLE: MonteCarloState = { phase: 'idle', done: 0, total: 0, via: null, workers: 0, fallback: null, error: null, result: null, elapsedMs: null, phases: null, scenario: null };

// The run's code (its worker client and comlink) loads when the Monte Carlo panel opens (or on the
// first run), not with the first screen. Once loaded, Run starts the workers in its own click, as
// the panel's input listener expects.
type Client = typeof import('../workers/monte-carlo-client');
let client: Client | null = null;
const loadClient = (): Promise<Client> => import('../workers/monte-carlo-client').then((m) => (client = m));
// The handle of the run under way: a live object, not state.
let current: RunHandle | null = null;
// A run asked for while its code loads: a newer run or a cancel before it starts drops it.
let pending: object | null = null;

export const createSensitivitySlice: StateCreator<SensitivitySlice & ScenarioSlice, [], [], SensitivitySlice> = (set, get) => ({
  sensitivityTab: 'tornado',
  setSensitivityTab: (sensitivityTab) => set({ sensitivityTab }),
  tornadoSettings: { metric: 'ebitda', y: 4, step: 0.1 },
  setTornadoSettings: (change) => set((s) => ({ tornadoSettings: { ...s.tornadoSettings, ...change } })),
  monteCarloSettings: { runs: 10_000, seed: 1 },
  setMonteCarloSettings: (change) => set((s) => ({ monteCarloSettings: { ...s.monteCarloSettings, ...change } })),
  monteCarlo: IDLE,
  prepareMonteCarlo: () => { if (!client) void loadClient().catch(() => undefined); },
  runMonteCarlo: () => {
    current?.cancel();
    current = null;
    const { scenario, monteCarloSettings } = get();
    const settings = { runs: runCount(monteCarloSettings), seed: Math.round(monteCarloSettings.seed) || 0 };
    const update = (change: Partial<MonteCarloState>) => set((s) => ({ monteCarlo: { ...s.monteCarlo, ...change } }));
    set({ monteCarlo: { ...IDLE, phase: 'running', total: settings.runs, scenario } });
    const start = ({ startMonteCarlo }: Client) => {
      const handle = startMonteCarlo(scenario, settings, {
        onProgress: (done, total) => { if (current === handle) update({ done, total }); },
        onFallback: (reason) => { if (current === handle) update({ fallback: reason, via: 'main', done: 0 }); },
      });
      current = handle;
      void handle.promise.then((outcome) => {
        if (current !== handle) return;
        current = null;
        if (outcome.kind === 'done') update({ phase: 'done', result: outcome.result, via: outcome.via, workers: outcome.workers, elapsedMs: outcome.elapsedMs, phases: outcome.phases, done: outcome.result.runs });
        else if (outcome.kind === 'cancelled') update({ phase: 'cancelled', done: outcome.done });
        else update({ phase: 'failed', error: outcome.message });
      });
    };
    if (client) { start(client); return; }
    const token = {};
    pending = token;
    void loadClient().then((loaded) => {
      if (pending !== token) return;
      pending = null;
      start(loaded);
    }, (e: unknown) => {
      if (pending !== token) return;
      pending = null;
      update({ phase: 'failed', error: `The Monte Carlo runner could not load (${e instanceof Error ? e.message : String(e)}): reload the page and run again.` });
    });
  },
  cancelMonteCarlo: () => {
    if (pending) {
      pending = null;
      set((s) => ({ monteCarlo: { ...s.monteCarlo, phase: 'cancelled', done: 0 } }));
    }
    current?.cancel();
  },
});
