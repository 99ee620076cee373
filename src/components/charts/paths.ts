// Many bars of one colour drawn as one <path>: one DOM node instead of sixty, so an edit that
// moves every bar costs one attribute update.

export interface Rect { x: number; y: number; width: number; height: number }

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The SVG path of several rectangles; empty rectangles are left out. */
export function rectsPath(rects: readonly Rect[]): string {
  let d = '';
  for (const r of rects) {
    if (r.width <= 0 || r.height <= 0) continue;
    d += `M${r1(r.x)},${r1(r.y)}h${r1(r.width)}v${r1(r.height)}h${r1(-r.width)}Z`;
  }
  return d;
}

/**
 * A monthly series as a polyline, broken where a value is `null`. Coordinates are rounded to a
 * tenth of a pixel: the browser parses every path on every edit, and short numbers parse fast.
 */
export function linePath(series: ArrayLike<number | null>, x: (m: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  for (let m = 0; m < series.length; m++) {
    const v = series[m];
    if (v === null || v === undefined) { pen = false; continue; }
    d += `${pen ? 'L' : 'M'}${r1(x(m))},${r1(y(v))}`;
    pen = true;
  }
  return d;
}

/** The band between two monthly series (a stacked area): along `hi`, then back along `lo`. */
export function bandPath(lo: ArrayLike<number>, hi: ArrayLike<number>, x: (m: number) => number, y: (v: number) => number): string {
  const n = hi.length;
  if (n === 0) return '';
  let d = '';
  for (let m = 0; m < n; m++) d += `${m === 0 ? 'M' : 'L'}${r1(x(m))},${r1(y(hi[m]!))}`;
  for (let m = n - 1; m >= 0; m--) d += `L${r1(x(m))},${r1(y(lo[m]!))}`;
  return `${d}Z`;
}
