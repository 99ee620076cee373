import type { MonteCarloResult } from '../model/monte-carlo-result';
import type { Phases } from './monte-carlo.worker';

// How a Monte Carlo run ended, in a file of its own: the client and its main-thread fallback both
// speak it, and neither imports the other for it (no import circle, even of types).

export type RunOutcome =
  | { kind: 'done'; result: MonteCarloResult; via: 'worker' | 'main'; workers: number; elapsedMs: number; phases: Phases | null }
  | { kind: 'cancelled'; done: number; total: number }
  | { kind: 'failed'; message: string };
