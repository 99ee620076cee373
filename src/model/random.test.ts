import { describe, expect, it } from 'vitest';
import { createRandom, triangular } from './random';

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRandom(42), b = createRandom(42), c = createRandom(43);
    const seq = (r: () => number) => Array.from({ length: 20 }, r);
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
    for (const u of first) expect(u >= 0 && u < 1).toBe(true);
  });

  it('is roughly uniform: the mean of 100,000 draws is 1/2 and each tenth holds ~10 %', () => {
    const r = createRandom(7);
    const bins = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) { const u = r(); sum += u; bins[Math.floor(u * 10)]!++; }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
    for (const b of bins) expect(Math.abs(b - 10_000)).toBeLessThan(500);
  });
});

describe('triangular quantile', () => {
  it('maps 0, F(mode) and 1 to low, mode and high', () => {
    expect(triangular(0, 1, 2, 5)).toBe(1);
    expect(triangular(0.25, 1, 2, 5)).toBeCloseTo(2, 12); // F(mode) = (2 - 1) / (5 - 1)
    expect(triangular(1, 1, 2, 5)).toBeCloseTo(5, 12);
  });

  it('returns low exactly for a range of zero width', () => {
    expect(triangular(0.3, 0.07, 0.07, 0.07)).toBe(0.07);
  });

  it('has the mean (low + mode + high) / 3', () => {
    const r = createRandom(1);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += triangular(r(), 0.8, 1, 1.5);
    expect(sum / 100_000).toBeCloseTo(3.3 / 3, 2);
  });
});
