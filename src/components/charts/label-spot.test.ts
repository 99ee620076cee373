import { describe, expect, it } from 'vitest';
import { freeSpot, labelSpot } from './label-spot';

const along = (y: number, from = 0, to = 600) => Array.from({ length: 61 }, (_, i) => ({ x: from + ((to - from) * i) / 60, y }));

describe('labelSpot', () => {
  it('writes the label above the right end of the line when nothing is there', () => {
    expect(labelSpot(100, 600, 'NRR target ≥ 110% (2030)', along(300))).toEqual({ x: 596, y: 93, anchor: 'end' });
  });

  it('moves below the line when a data line runs just above it', () => {
    expect(labelSpot(100, 600, 'Gross margin target ≥ 92% (2030)', along(95))).toEqual({ x: 596, y: 117, anchor: 'end' });
  });

  it('moves to the left end when the right end is taken above and below', () => {
    const points = [...along(95, 300, 600), ...along(110, 300, 600)];
    expect(labelSpot(100, 600, 'Target', points)).toEqual({ x: 4, y: 93, anchor: 'start' });
  });
});

describe('freeSpot', () => {
  it('skips a spot whose label would sit on a bar (the break-even label)', () => {
    // "Break-even" is 10 characters, 76 px wide: ending at x = 200 it spans 124..200, and a bar at 150..160 reaching y = 5..40 is under it.
    const bar = { x0: 150, x1: 160, y0: 5, y1: 40 };
    const spots = [{ x: 200, y: 20, anchor: 'end' as const }, { x: 206, y: 20, anchor: 'start' as const }];
    expect(freeSpot(spots, 'Break-even', [bar])).toEqual(spots[1]);
    expect(freeSpot(spots, 'Break-even', [])).toEqual(spots[0]);
  });
});
