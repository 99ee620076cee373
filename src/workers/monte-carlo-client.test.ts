import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../model/monte-carlo';
import { baselineWith } from '../model/test-scenarios';
import { typicalRanges } from '../model/uncertainty';
import { BLOCK } from '../model/monte-carlo';
import { shares, startMonteCarlo } from './monte-carlo-client';

const { scenario, values } = baselineWith((s) => ({ ...s, uncertainty: typicalRanges(s) }));
const failingWorker = () => { throw new Error('Worker is not defined here'); };

describe('the Monte Carlo client when the worker fails', () => {
  it('says so and runs on the main thread in chunks, with the same result as the worker would give', async () => {
    const reasons: string[] = [];
    const progress: number[] = [];
    const handle = startMonteCarlo(scenario, { runs: 1500, seed: 9 }, { onProgress: (done) => progress.push(done), onFallback: (r) => reasons.push(r), createWorker: failingWorker });
    const outcome = await handle.promise;
    expect(reasons).toEqual(['Worker is not defined here']);
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.via).toBe('main');
    expect(outcome.result).toEqual(runMonteCarlo(scenario, values, { runs: 1500, seed: 9 }));
    expect(progress.at(-1)).toBe(1500);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('stops when cancelled: no progress after it, fewer runs than asked', async () => {
    let reported = 0;
    let handle: ReturnType<typeof startMonteCarlo> | null = null;
    handle = startMonteCarlo(scenario, { runs: 50_000, seed: 1 }, {
      onProgress: (done) => { reported = done; if (done > 0) handle?.cancel(); },
      onFallback: () => undefined,
      createWorker: failingWorker,
    });
    const outcome = await handle.promise;
    expect(outcome.kind).toBe('cancelled');
    const at = reported;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reported).toBe(at);
    expect(at).toBeLessThan(50_000);
    if (outcome.kind === 'cancelled') expect(outcome.done).toBe(at);
  });
});

describe('sharing runs between workers', () => {
  it('cuts the runs into contiguous shares on block boundaries, none empty', () => {
    expect(shares(10_000, 4)).toEqual([{ from: 0, to: 2500 }, { from: 2500, to: 5000 }, { from: 5000, to: 7500 }, { from: 7500, to: 10_000 }]);
    expect(shares(10_000, 3).map((s) => s.from % BLOCK)).toEqual([0, 0, 0]);
    expect(shares(700, 4)).toEqual([{ from: 0, to: 500 }, { from: 500, to: 700 }]);
    expect(shares(100, 4)).toEqual([{ from: 0, to: 100 }]);
    const cut = shares(12_345, 3);
    expect(cut[0]!.from).toBe(0);
    expect(cut.at(-1)!.to).toBe(12_345);
    cut.slice(1).forEach((s, i) => expect(s.from).toBe(cut[i]!.to));
  });
});
