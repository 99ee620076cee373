import { describe, expect, it } from 'vitest';
import { percentiles } from './percentiles';
import { createRandom } from './random';

describe('nearest-rank percentiles', () => {
  it('takes rank ceil(p N): 1..10 gives 1, 5 and 9', () => {
    const v = Float64Array.from([7, 3, 10, 1, 9, 2, 8, 5, 6, 4]);
    expect(percentiles(v, [0.1, 0.5, 0.9])).toEqual([1, 5, 9]);
  });

  it('agrees with a full sort on random data, with duplicates, sorted and reversed input', () => {
    const r = createRandom(3);
    const cases = [
      Float64Array.from({ length: 1001 }, () => r()),
      Float64Array.from({ length: 500 }, () => Math.floor(r() * 5)),
      Float64Array.from({ length: 300 }, (_, i) => i),
      Float64Array.from({ length: 300 }, (_, i) => -i),
      new Float64Array(1000).fill(2.5),
    ];
    for (const c of cases) {
      const sorted = Array.from(c).sort((a, b) => a - b);
      const rank = (p: number) => sorted[Math.ceil(p * sorted.length) - 1];
      expect(percentiles(c.slice(), [0.1, 0.5, 0.9])).toEqual([rank(0.1), rank(0.5), rank(0.9)]);
    }
  });

  it('leaves out NaN (not computable) and gives null when nothing is left', () => {
    expect(percentiles(Float64Array.from([NaN, 4, NaN, 2, 3, 1]), [0.5, 1])).toEqual([2, 4]);
    expect(percentiles(Float64Array.from([NaN, NaN]), [0.1, 0.9])).toEqual([null, null]);
  });
});
