import { describe, expect, it } from 'vitest';
import { bandPath, linePath, rectsPath } from './paths';

describe('rectsPath', () => {
  it('draws each rectangle as a closed subpath and skips empty ones', () => {
    expect(rectsPath([{ x: 1, y: 2, width: 3, height: 4 }, { x: 0, y: 0, width: 5, height: 0 }, { x: 10.04, y: 0, width: 2, height: 1 }]))
      .toBe('M1,2h3v4h-3ZM10,0h2v1h-2Z');
  });
});

describe('linePath and bandPath', () => {
  const x = (m: number) => m * 10;
  const y = (v: number) => 100 - v;
  it('draws a line and lifts the pen over nulls', () => {
    expect(linePath([1, 2.04, null, 4], x, y)).toBe('M0,99L10,98M30,96');
  });
  it('draws the band between two series as one closed shape', () => {
    expect(bandPath([0, 1], [2, 3], x, y)).toBe('M0,98L10,97L10,99L0,100Z');
  });
});
