import { curveLinear } from '@visx/curve';
import { LinePath } from '@visx/shape';
import { memo } from 'react';
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

/** A monthly (or yearly) series as a line, broken where the figure is not computable (`null`). */
export const SeriesLine = memo(function SeriesLine({ series, x, y, color, dashed, strokeWidth = 2.5 }: SeriesLineProps) {
  return (
    <LinePath
      data={pointsOf(series)}
      x={(p) => x(indexOf(p))}
      y={(p) => y(valueOf(p))}
      defined={defined}
      curve={curveLinear}
      fill="none"
      stroke={color}
      strokeWidth={strokeWidth}
      strokeDasharray={dashed ? '7 4' : undefined}
      strokeLinejoin="round"
    />
  );
});
