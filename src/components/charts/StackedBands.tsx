import { curveLinear } from '@visx/curve';
import { AreaStack } from '@visx/shape';
import type { SeriesPoint } from '@visx/shape';
import { memo, useMemo } from 'react';
import { MONTH_INDEXES } from './series';
import type { LinearScale } from './types';

const MONTHS = [...MONTH_INDEXES];
const monthOf = (d: SeriesPoint<number>) => d.data;
const lower = (d: SeriesPoint<number>) => d[0]!;
const upper = (d: SeriesPoint<number>) => d[1]!;
const planColor = (_key: number, i: number) => `var(--chart-${i + 1})`;

interface Props {
  /** One monthly series per plan, lowest tier first (drawn at the bottom). */
  series: readonly ArrayLike<number>[];
  x: LinearScale;
  y: LinearScale;
  /** Each month's bands as shares of its total (the plan mix), 0..1. */
  expand?: boolean;
}

/** Plans stacked over 60 months, with visx's AreaStack (d3's stack), in the plans' colours. */
export const StackedBands = memo(function StackedBands({ series, x, y, expand = false }: Props) {
  const keys = useMemo(() => series.map((_, i) => i), [series]);
  return (
    <AreaStack<number, number>
      data={MONTHS}
      keys={keys}
      value={(m, k) => series[k]![m]!}
      offset={expand ? 'expand' : 'none'}
      x={(d) => x(monthOf(d))}
      y0={(d) => y(lower(d))}
      y1={(d) => y(upper(d))}
      curve={curveLinear}
      color={planColor}
      stroke="var(--bg)"
      strokeWidth={1}
    />
  );
});
