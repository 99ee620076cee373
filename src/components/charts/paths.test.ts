import { describe, expect, it } from 'vitest';
import { bandPath, linePath, rectsPath, tenth } from './paths';

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

describe('the path buffer', () => {
  // The same seeded spread as below, written through the byte buffer the paths share.
  let seed = 11;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const values = [0, -0, 0.05, -0.05, -7.95, 1e6 + 0.05, -3e9, 4e12 + 0.25, ...Array.from({ length: 3000 }, () => (next() - 0.5) * 10 ** Math.floor(next() * 8))];

  // The reference is JavaScript's own number-to-text, not the module's code.
  const ref = (x: number) => String(Math.round(x * 10) / 10);

  it('writes every coordinate as String(Math.round(v * 10) / 10) would', () => {
    for (const v of values) expect(linePath([v], () => v, (w) => -w), String(v)).toBe(`M${ref(v)},${ref(-v)}`);
  });
  it('lets tenth() run while a path is being written', () => {
    const seen: string[] = [];
    expect(linePath([1, 2], (m) => { seen.push(tenth(m + 0.25)); return m; }, (w) => w)).toBe('M0,1L1,2');
    expect(seen).toEqual(['0.3', '1.3']);
  });
  it('grows past its first 16 KB and starts each path empty', () => {
    const rects = values.map((v, i) => ({ x: v, y: i, width: 1 + Math.abs(v), height: 2 }));
    const want = rects.map((r) => `M${ref(r.x)},${ref(r.y)}h${ref(r.width)}v${ref(r.height)}h${ref(-r.width)}Z`).join('');
    expect(want.length).toBeGreaterThan(1 << 15);
    expect(rectsPath(rects)).toBe(want);
    expect(linePath([1], (m) => m, (w) => w)).toBe('M0,1');
  });
});

describe('tenth', () => {
  it('writes exactly what String(Math.round(v * 10) / 10) writes, halves and negatives included', () => {
    const fixed = [0, -0, 0.04, 0.05, -0.04, -0.05, -1.25, 1.25, -7.95, 12.35, 99.99, 1e6 + 0.05, -3e9, 4e12 + 0.25];
    // A seeded spread of magnitudes (a small LCG): the same values on every run.
    let seed = 7;
    const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const spread = Array.from({ length: 5000 }, () => (next() - 0.5) * 10 ** Math.floor(next() * 8));
    for (const v of [...fixed, ...spread]) expect(tenth(v), String(v)).toBe(String(Math.round(v * 10) / 10));
  });
});
