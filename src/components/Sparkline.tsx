import { curveLinear } from '@visx/curve';
import { scaleLinear } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import { memo, useMemo } from 'react';
import { pointsOf, type Point } from './charts/series';

const W = 120;
const H = 32;
const indexOf = (p: Point) => p.i;
const valueOf = (p: Point) => p.v!;
const defined = (p: Point) => p.v !== null;

/** The sparkline's scales: the series fills W x H with 2 px of padding; a flat series sits in the middle. */
export function sparkScales(series: ArrayLike<number | null>) {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < series.length; i++) {
    const v = series[i];
    if (v === null || v === undefined) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) { lo = 0; hi = 1; }
  if (lo === hi) { lo -= 1; hi += 1; }
  const x = scaleLinear<number>({ domain: [0, Math.max(1, series.length - 1)], range: [0, W] });
  const y = scaleLinear<number>({ domain: [lo, hi], range: [H - 2, 2] });
  return { x, y, zeroY: lo < 0 && hi > 0 ? y(0) : null };
}

/** Whether two series hold the same values (each edit brings new arrays, often with the same figures). */
export function sameSeries(a: ArrayLike<number | null>, b: ArrayLike<number | null>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface SparklineProps { series: ArrayLike<number | null>; color?: string }

/** A 60-month trend line without axes; the card beside it carries the figures. */
export const Sparkline = memo(function Sparkline({ series, color = 'var(--chart-1)' }: SparklineProps) {
  const { x, y, zeroY } = useMemo(() => sparkScales(series), [series]);
  return (
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {zeroY !== null && <Line from={{ x: 0, y: zeroY }} to={{ x: W, y: zeroY }} stroke="var(--chart-zero)" strokeWidth={1} strokeDasharray="3 2" vectorEffect="non-scaling-stroke" />}
      <LinePath
        data={pointsOf(series)} x={(p) => x(indexOf(p))} y={(p) => y(valueOf(p))} defined={defined} curve={curveLinear}
        fill="none" stroke={color} strokeWidth={2.5} strokeLinejoin="round" vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}, (a, b) => a.color === b.color && sameSeries(a.series, b.series));
