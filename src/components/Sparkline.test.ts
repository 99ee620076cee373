import { describe, expect, it } from 'vitest';
import { sparkPath } from './Sparkline';

describe('sparkPath', () => {
  it('scales into 120 x 32 with 2 px of padding: 0 at the bottom, the maximum at the top', () => {
    // Three points over x = 0, 60, 120; y = 30 for the minimum, 2 for the maximum.
    expect(sparkPath([0, 5, 10]).d).toBe('M0,30L60,16L120,2');
  });

  it('breaks the line where a value is null (NRR before its first December)', () => {
    expect(sparkPath([null, 1, 2]).d).toBe('M60,30L120,2');
    expect(sparkPath([1, null, 2]).d).toBe('M0,30M120,2');
  });

  it('draws the zero line only when the series crosses zero', () => {
    expect(sparkPath([-1, 1]).zeroY).toBe(16);
    expect(sparkPath([1, 2]).zeroY).toBeNull();
    expect(sparkPath([null, null])).toEqual({ d: '', zeroY: null });
  });

  it('draws a series once: the same array gives the same result object', () => {
    const series = [1, 2, 3];
    expect(sparkPath(series)).toBe(sparkPath(series));
  });
});
