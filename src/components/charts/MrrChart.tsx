import { Group } from '@visx/group';
import { memo, useMemo } from 'react';
import { monthLabel } from '../format';
import { projectionId } from '../projection-id';
import { AxisUnit, CursorLine, MonthAxis, ValueAxis } from './chart-axes';
import { ActualsMarker } from './last-actual';
import { ChartFrame, type TooltipContent } from './ChartFrame';
import type { LegendEntry } from './Legend';
import { formatCompact, formatPrecise } from './metrics';
import { extent } from './series';
import { useLinearScale } from './scales';
import { SeriesLine } from './SeriesLine';
import { StackedBands } from './StackedBands';
import type { ChartProps } from './types';
import { useMonthPlot } from './useMonthPlot';

const margin = { top: 34, right: 20, bottom: 34, left: 72 };
const LAST = 59;

/** 1. MRR by plan, stacked over 60 months, with ARR at the end; `compare` adds its total as a dashed line. */
export const MrrChart = memo(function MrrChart({ width, height, projection, planNames, currency, compare, label = 'This scenario', title = 'MRR by plan' }: ChartProps) {
  const { innerWidth, innerHeight, x, cursor } = useMonthPlot(width, height, margin);
  const total = projection.monthly.mrr;
  const other = compare?.projection.monthly.mrr;
  const [lo, hi] = useMemo(() => extent(other ? [total, other] : [total]), [total, other]);
  const y = useLinearScale(lo, hi, innerHeight, 0);
  const legend = useMemo<LegendEntry[]>(() => [
    ...planNames.map((name, i) => ({ label: name, color: `var(--chart-${i + 1})`, swatch: 'area' as const })),
    ...(compare ? [{ label: `Total MRR, ${compare.label}`, color: 'var(--chart-compare)', swatch: 'dashed' as const }] : []),
  ], [planNames, compare]);
  const arr = 12 * total[LAST]!;
  const description = useMemo(
    () => `Monthly recurring revenue stacked by plan (${planNames.join(', ')}), from ${formatPrecise('money', total[0]!, currency)} in ${monthLabel(0, projection.startYear)} to ${formatPrecise('money', total[LAST]!, currency)} in ${monthLabel(LAST, projection.startYear)}: an ARR of ${formatPrecise('money', arr, currency)}.`,
    [planNames, total, arr, currency, projection.startYear],
  );
  if (width < 40 || innerHeight < 20) return null;

  const m = cursor.index;
  const tooltip: TooltipContent | null = m === null ? null : {
    x: margin.left + x(m),
    heading: monthLabel(m, projection.startYear),
    index: m,
    rows: [
      ...planNames.map((name, i) => ({ label: name, value: formatPrecise('unit', projection.mrrByPlan[i]![m]!, currency), color: `var(--chart-${i + 1})` })),
      { label: compare ? `Total MRR, ${label}` : 'Total MRR', value: formatPrecise('unit', total[m]!, currency) },
      { label: 'ARR (12 x MRR)', value: formatPrecise('money', 12 * total[m]!, currency) },
      ...(other ? [{ label: `Total MRR, ${compare!.label}`, value: formatPrecise('unit', other[m]!, currency), color: 'var(--chart-compare)', swatch: 'dashed' as const }] : []),
    ],
  };
  const endX = x(LAST);
  const endY = y(total[LAST]!);
  return (
    <ChartFrame testId="chart-mrr" title={title} description={description} legend={legend} width={width} height={height} cursor={cursor} tooltip={tooltip} source={projectionId(projection)} tooltipTop={margin.top}>
      <Group left={margin.left} top={margin.top}>
        <AxisUnit>{`${currency} per month`}</AxisUnit>
        <ValueAxis scale={y} width={innerWidth} kind="money" currency={currency} />
        <StackedBands series={projection.mrrByPlan} x={x} y={y} />
        {other && <SeriesLine series={other} x={x} y={y} color="var(--chart-compare)" dashed />}
        <circle cx={endX} cy={endY} r={4} fill="var(--chart-text)" />
        <text className="chart-callout" x={endX - 8} y={endY - 10} textAnchor="end">{`ARR ${formatCompact('money', arr, currency)}`}</text>
        <ActualsMarker x={x} height={innerHeight} startYear={projection.startYear} />
        <MonthAxis scale={x} top={innerHeight} startYear={projection.startYear} />
        {m !== null && <CursorLine x={x(m)} height={innerHeight} />}
      </Group>
    </ChartFrame>
  );
});
