import { curveLinear } from '@visx/curve';
import { LinePath } from '@visx/shape';
import { memo } from 'react';
import { useLastActualMonth } from './last-actual';
import { pointsOf, type Point } from './series';
import type { LinearScale } from './types';

const indexOf = (p: Point) => p.i;
const valueOf = (p: Point) => p.v!;
const defined = (p: Point) => p.v !== null;

export interface SeriesLineProps {
  series: ArrayLike<number | null>;
  x: LinearScale;
  y: LinearScale;
  color: string;
  dashed?: boolean;
  strokeWidth?: number;
}

/**
 * A monthly (or yearly) series as a line, broken where the figure is not computable (`null`).
 * Inside a forecast's charts (LastActualMonth), a solid monthly line draws its actual months solid
 * and the projected months after them lighter and dashed.
 */
export const SeriesLine = memo(function SeriesLine({ series, x, y, color, dashed, strokeWidth = 2.5 }: SeriesLineProps) {
  const last = useLastActualMonth();
  const points = pointsOf(series);
  if (!dashed && last >= 0 && last < points.length - 1 && series.length === 60) {
    return (
      <g data-testid="forecast-line">
        <Line data={points.slice(0, last + 1)} x={x} y={y} color={color} strokeWidth={strokeWidth} />
        <Line data={points.slice(last)} x={x} y={y} color={color} strokeWidth={strokeWidth} dash="6 4" opacity={0.6} />
      </g>
    );
  }
  return <Line data={points} x={x} y={y} color={color} strokeWidth={strokeWidth} dash={dashed ? '7 4' : undefined} />;
});

function Line({ data, x, y, color, strokeWidth, dash, opacity }: { data: Point[]; x: LinearScale; y: LinearScale; color: string; strokeWidth: number; dash?: string; opacity?: number }) {
  return (
    <LinePath
      data={data}
      x={(p) => x(indexOf(p))}
      y={(p) => y(valueOf(p))}
      defined={defined}
      curve={curveLinear}
      fill="none"
      stroke={color}
      strokeWidth={strokeWidth}
      strokeDasharray={dash}
      strokeOpacity={opacity}
      strokeLinejoin="round"
    />
  );
}
