// Many bars of one colour drawn as one <path>: one DOM node instead of sixty, so an edit that
// moves every bar costs one attribute update.

export interface Rect { x: number; y: number; width: number; height: number }

/**
 * `v` rounded to a tenth, written as String(Math.round(v * 10) / 10) would write it, from whole
 * tenths: an integer prints from V8's small-number cache where a fraction takes a float-to-text
 * conversion, and the charts write some 10,000 coordinates on every edit.
 */
export function tenth(v: number): string {
  const t = Math.round(v * 10);
  const a = t < 0 ? -t : t;
  if (!(a < 2147483647)) return String(t / 10);
  const whole = (a / 10) | 0;
  const rest = a - whole * 10;
  const text = rest === 0 ? `${whole}` : `${whole}.${rest}`;
  return t < 0 ? `-${text}` : text;
}

/** The SVG path of several rectangles; empty rectangles are left out. */
export function rectsPath(rects: readonly Rect[]): string {
  let d = '';
  for (const r of rects) {
    if (r.width <= 0 || r.height <= 0) continue;
    d += `M${tenth(r.x)},${tenth(r.y)}h${tenth(r.width)}v${tenth(r.height)}h${tenth(-r.width)}Z`;
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
    d += `${pen ? 'L' : 'M'}${tenth(x(m))},${tenth(y(v))}`;
    pen = true;
  }
  return d;
}

/** The band between two monthly series (a stacked area): along `hi`, then back along `lo`. */
export function bandPath(lo: ArrayLike<number>, hi: ArrayLike<number>, x: (m: number) => number, y: (v: number) => number): string {
  const n = hi.length;
  if (n === 0) return '';
  let d = '';
  for (let m = 0; m < n; m++) d += `${m === 0 ? 'M' : 'L'}${tenth(x(m))},${tenth(y(hi[m]!))}`;
  for (let m = n - 1; m >= 0; m--) d += `L${tenth(x(m))},${tenth(y(lo[m]!))}`;
  return `${d}Z`;
}
