import { scaleLinear } from '@visx/scale';
import { useCallback, useMemo } from 'react';
import { MONTHS } from '../../model/types';
import type { LinearScale, Margin } from './types';
import { useCursor, type Cursor } from './useCursor';

export interface MonthPlot {
  innerWidth: number;
  innerHeight: number;
  /** Month index 0..59 to x inside the plot. */
  x: LinearScale;
  cursor: Cursor;
}

/**
 * The parts every 60-month chart shares: the plot size, the month scale and the reading cursor.
 * `bars`: each month is a slot of its own (months -0.5..59.5), so bars centred on their month
 * stay inside the axis.
 */
export function useMonthPlot(width: number, height: number, margin: Margin, bars = false): MonthPlot {
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = Math.max(0, height - margin.top - margin.bottom);
  const x = useMemo(() => scaleLinear<number>({ domain: bars ? [-0.5, MONTHS - 0.5] : [0, MONTHS - 1], range: [0, innerWidth] }), [innerWidth, bars]);
  const indexAt = useCallback((svgX: number) => x.invert(svgX - margin.left), [x, margin.left]);
  const cursor = useCursor(MONTHS, indexAt);
  return { innerWidth, innerHeight, x, cursor };
}
