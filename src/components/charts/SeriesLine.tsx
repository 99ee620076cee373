import { memo } from 'react';
import { linePath } from './paths';
import type { LinearScale } from './types';

export interface SeriesLineProps {
  series: ArrayLike<number | null>;
  x: LinearScale;
  y: LinearScale;
  color: string;
  dashed?: boolean;
  strokeWidth?: number;
}

/** A monthly series as a line, broken where the figure is not computable (`null`). */
export const SeriesLine = memo(function SeriesLine({ series, x, y, color, dashed, strokeWidth = 2.5 }: SeriesLineProps) {
  return (
    <path
      d={linePath(series, x, y)}
      fill="none"
      stroke={color}
      strokeWidth={strokeWidth}
      strokeDasharray={dashed ? '7 4' : undefined}
      strokeLinejoin="round"
    />
  );
});

/** A stacked band (one plan's MRR or customers) between its lower and upper edge. */
export const Band = memo(function Band({ d, color }: { d: string; color: string }) {
  return <path d={d} fill={color} stroke="var(--bg)" strokeWidth={1} />;
});
