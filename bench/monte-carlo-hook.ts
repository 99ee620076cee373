// Where `npm run bench` meets the Monte Carlo engine: 10,000 runs of the baseline with
// uncertainty on 10 inputs, timed on Node's main thread (median of 7 after a warm-up).
import { measureMonteCarlo } from './monte-carlo';

export async function monteCarloBenchmark(): Promise<number | null> {
  return measureMonteCarlo().medianMs;
}
