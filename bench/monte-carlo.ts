// `npx tsx bench/monte-carlo.ts`: 10,000 Monte Carlo runs of the baseline with ranges on 10
// inputs (typicalRanges), timed on Node's main thread with the model bundled as the app ships
// it. Prints one JSON object. `npm run bench` calls measureMonteCarlo too.
import { readFileSync } from 'node:fs';
import { bundledModel, type Model } from './bundled-model';

const RUNS = 10_000;
const REPEATS = 7;

/** Median wall time in ms of 10,000 runs (after one warm-up), with the inputs count. */
export function measureMonteCarlo(model: Model): { runs: number; ranges: number; medianMs: number; minMs: number; timesMs: number[] } {
  const raw = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Record<string, unknown>;
  const parsed = model.parseScenario({ ...raw, uncertainty: model.typicalRanges(raw as never) });
  if (!parsed.ok) throw new Error(`baseline with ranges does not parse: ${parsed.problems.map((p) => p.message).join('; ')}`);
  const { scenario, values } = parsed;
  model.runMonteCarlo(scenario, values, { runs: RUNS, seed: 1 }); // warm-up: let the JIT compile the loop
  const timesMs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    model.runMonteCarlo(scenario, values, { runs: RUNS, seed: i + 1 });
    timesMs.push(performance.now() - t0);
  }
  const sorted = [...timesMs].sort((a, b) => a - b);
  return { runs: RUNS, ranges: scenario.uncertainty?.length ?? 0, medianMs: sorted[REPEATS >> 1]!, minMs: sorted[0]!, timesMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = measureMonteCarlo(await bundledModel());
  process.stdout.write(`${JSON.stringify({ benchmark: 'monte-carlo-10k-node', node: process.version, ...r, timesMs: r.timesMs.map((t) => Math.round(t * 10) / 10) })}\n`);
}
