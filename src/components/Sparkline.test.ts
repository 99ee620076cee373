import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Sparkline, sameSeries, sparkScales } from './Sparkline';

const pathOf = (series: (number | null)[]) => /<path[^>]* d="([^"]*)"/.exec(renderToStaticMarkup(createElement(Sparkline, { series })))?.[1];

describe('Sparkline', () => {
  it('scales into 120 x 32 with 2 px of padding: the minimum at the bottom, the maximum at the top', () => {
    // Three points over x = 0, 60, 120; y = 30 for the minimum, 2 for the maximum, 16 between.
    expect(pathOf([0, 5, 10])).toBe('M0,30L60,16L120,2');
  });

  it('breaks the line where a value is null (NRR before its first December)', () => {
    expect(pathOf([null, 1, 2])).toBe('M60,30L120,2');
    // A lone point between gaps is a segment of its own (closed on itself).
    expect(pathOf([1, null, 2])).toBe('M0,30ZM120,2Z');
  });

  it('draws the zero line only when the series crosses zero', () => {
    expect(sparkScales([-1, 1]).zeroY).toBe(16);
    expect(sparkScales([1, 2]).zeroY).toBeNull();
    expect(sparkScales([null, null]).zeroY).toBeNull();
  });

  it('compares series by their values', () => {
    expect(sameSeries([1, null, 3], [1, null, 3])).toBe(true);
    expect(sameSeries([1, 2, 3], [1, 2, 4])).toBe(false);
  });
});
