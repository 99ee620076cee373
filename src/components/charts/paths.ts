// Many bars of one colour drawn as one <path>: one DOM node instead of sixty, so an edit that
// moves every bar costs one attribute update.

export interface Rect { x: number; y: number; width: number; height: number }

// Paths are written as bytes into one reused buffer and decoded once: a stacked band of 240
// points was some 2,900 small strings joined one by one, and the charts' paths made about half
// of the 730 KB that an edit allocated, paid back in garbage collection on every slider step.
let buffer = new Uint8Array(1 << 14);
let length = 0;
const digits = new Uint8Array(16);
const decoder = new TextDecoder();

function byte(c: number): void {
  if (length === buffer.length) {
    const bigger = new Uint8Array(buffer.length * 2);
    bigger.set(buffer);
    buffer = bigger;
  }
  buffer[length++] = c;
}

function text(s: string): void {
  for (let i = 0; i < s.length; i++) byte(s.charCodeAt(i));
}

/** Writes `v` rounded to a tenth, as String(Math.round(v * 10) / 10) would write it, from whole tenths. */
function coordinate(v: number): void {
  const t = Math.round(v * 10);
  const a = t < 0 ? -t : t;
  if (!(a < 2147483647)) { text(String(t / 10)); return; }
  if (t < 0) byte(45); // -
  let whole = (a / 10) | 0;
  const rest = a - whole * 10;
  let n = 0;
  do { digits[n++] = 48 + (whole % 10); whole = (whole / 10) | 0; } while (whole > 0);
  while (n > 0) byte(digits[--n]!);
  if (rest !== 0) { byte(46); byte(48 + rest); } // .d
}

/** A command letter and a point: `M12.5,40`. */
function point(command: number, x: number, y: number): void {
  byte(command);
  coordinate(x);
  byte(44); // ,
  coordinate(y);
}

function done(): string {
  const d = decoder.decode(buffer.subarray(0, length));
  length = 0;
  return d;
}

/**
 * `v` rounded to a tenth, written as String(Math.round(v * 10) / 10) would write it, from whole
 * tenths (for the axes' short paths). It writes after whatever a path holds so far and takes it
 * back, so it is safe to call while a path is being written.
 */
export function tenth(v: number): string {
  const start = length;
  coordinate(v);
  const text = decoder.decode(buffer.subarray(start, length));
  length = start;
  return text;
}

const M = 77, L = 76, h = 104, v = 118, Z = 90;

/** The SVG path of several rectangles; empty rectangles are left out. */
export function rectsPath(rects: readonly Rect[]): string {
  for (const r of rects) {
    if (r.width <= 0 || r.height <= 0) continue;
    point(M, r.x, r.y);
    byte(h); coordinate(r.width);
    byte(v); coordinate(r.height);
    byte(h); coordinate(-r.width);
    byte(Z);
  }
  return done();
}

/**
 * A monthly series as a polyline, broken where a value is `null`. Coordinates are rounded to a
 * tenth of a pixel: the browser parses every path on every edit, and short numbers parse fast.
 */
export function linePath(series: ArrayLike<number | null>, x: (m: number) => number, y: (v: number) => number): string {
  let pen = false;
  for (let m = 0; m < series.length; m++) {
    const value = series[m];
    if (value === null || value === undefined) { pen = false; continue; }
    point(pen ? L : M, x(m), y(value));
    pen = true;
  }
  return done();
}

/** The band between two monthly series (a stacked area): along `hi`, then back along `lo`. */
export function bandPath(lo: ArrayLike<number>, hi: ArrayLike<number>, x: (m: number) => number, y: (v: number) => number): string {
  const n = hi.length;
  if (n === 0) return '';
  for (let m = 0; m < n; m++) point(m === 0 ? M : L, x(m), y(hi[m]!));
  for (let m = n - 1; m >= 0; m--) point(L, x(m), y(lo[m]!));
  byte(Z);
  return done();
}
