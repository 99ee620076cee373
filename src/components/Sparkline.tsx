import { memo } from 'react';
import { linePath } from './charts/paths';

const W = 120;
const H = 32;

// Series are the projection's arrays (MRR feeds two cards): each is drawn once per projection.
const cache = new WeakMap<object, { d: string; zeroY: number | null }>();

/** The SVG path of a series scaled into W x H, broken where a value is `null`. */
export function sparkPath(series: ArrayLike<number | null>): { d: string; zeroY: number | null } {
  let hit = cache.get(series);
  if (!hit) { hit = computePath(series); cache.set(series, hit); }
  return hit;
}

function computePath(series: ArrayLike<number | null>): { d: string; zeroY: number | null } {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < series.length; i++) {
    const v = series[i];
    if (v === null || v === undefined) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) return { d: '', zeroY: null };
  if (lo === hi) { lo -= 1; hi += 1; }
  const sx = W / Math.max(1, series.length - 1);
  const sy = (v: number) => H - 2 - ((v - lo) / (hi - lo)) * (H - 4);
  const d = linePath(series, (i) => i * sx, sy);
  return { d, zeroY: lo < 0 && hi > 0 ? sy(0) : null };
}

/** Whether two series draw the same line (each edit brings new arrays, often of the same shape). */
export function sameSpark(a: ArrayLike<number | null>, b: ArrayLike<number | null>): boolean {
  if (a === b) return true;
  const pa = sparkPath(a), pb = sparkPath(b);
  return pa.d === pb.d && pa.zeroY === pb.zeroY;
}

interface SparklineProps { series: ArrayLike<number | null>; color?: string }

/** A 60-month trend line without axes; the card beside it carries the figures. */
export const Sparkline = memo(function Sparkline({ series, color = 'var(--chart-1)' }: SparklineProps) {
  const { d, zeroY } = sparkPath(series);
  return (
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {zeroY !== null && <line x1={0} x2={W} y1={zeroY} y2={zeroY} stroke="var(--chart-zero)" strokeWidth={1} strokeDasharray="3 2" vectorEffect="non-scaling-stroke" />}
      <path d={d} fill="none" stroke={color} strokeWidth={2.5} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}, (a, b) => a.color === b.color && sameSpark(a.series, b.series));
