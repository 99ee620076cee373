import { Group } from '@visx/group';
import { memo, useMemo } from 'react';
import { count, monthLabel, percent } from '../format';
import { projectionId } from '../projection-id';
import { AxisUnit, CursorLine, MonthAxis, ValueAxis } from './chart-axes';
import { ActualsMarker } from './last-actual';
import { ChartFrame, type TooltipContent, type TooltipRow } from './ChartFrame';
import type { LegendEntry } from './Legend';
import { extent, planMix } from './series';
import { useLinearScale } from './scales';
import { SeriesLine } from './SeriesLine';
import { StackedBands } from './StackedBands';
import type { ChartProps } from './types';
import { useMonthPlot } from './useMonthPlot';

const margin = { top: 34, right: 20, bottom: 34, left: 72 };
const GAP = 44;
const LAST = 59;

/** 7. Customers by plan (stacked) above and the plan mix of customers (100 %) below. */
export const CustomersChart = memo(function CustomersChart({ width, height, projection, planNames, compare, label = 'This scenario', title = 'Customers by plan and plan mix' }: ChartProps) {
  const { innerWidth, innerHeight, x, cursor } = useMonthPlot(width, height, margin);
  const panel = Math.max(0, (innerHeight - GAP) / 2);
  const mix = planMix(projection);
  const total = projection.monthly.customers;
  const other = compare?.projection.monthly.customers;
  const [lo, hi] = useMemo(() => extent(other ? [total, other] : [total]), [total, other]);
  const yCount = useLinearScale(lo, hi, panel, 0);
  const yMix = useLinearScale(0, 1, panel, 0, false);
  const legend = useMemo<LegendEntry[]>(() => [
    ...planNames.map((name, i) => ({ label: name, color: `var(--chart-${i + 1})`, swatch: 'area' as const })),
    ...(compare ? [{ label: `Total customers, ${compare.label}`, color: 'var(--chart-compare)', swatch: 'dashed' as const }] : []),
  ], [planNames, compare]);
  const description = useMemo(() => {
    const shares = planNames.map((n, i) => `${n} ${mix[i]![LAST] === null ? 'none' : percent(mix[i]![LAST]!)}`).join(', ');
    return `Customers at the end of each month, stacked by plan, and each plan's share of customers. ${count(total[LAST]!)} customers in ${monthLabel(LAST, projection.startYear)}: ${shares}.`;
  }, [planNames, mix, total, projection.startYear]);
  if (width < 40 || panel < 20) return null;

  const m = cursor.index;
  let tooltip: TooltipContent | null = null;
  if (m !== null) {
    const rows: TooltipRow[] = planNames.map((name, i) => {
      const share = mix[i]![m]!;
      return { label: name, value: `${count(projection.customersByPlan[i]![m]!, 1)} (${share === null ? '—' : percent(share)})`, color: `var(--chart-${i + 1})` };
    });
    rows.push({ label: compare ? `Total, ${label}` : 'Total', value: count(total[m]!, 1) });
    if (other) rows.push({ label: `Total, ${compare!.label}`, value: count(other[m]!, 1), color: 'var(--chart-compare)', swatch: 'dashed' });
    tooltip = { x: margin.left + x(m), heading: monthLabel(m, projection.startYear), index: m, rows };
  }
  return (
    <ChartFrame testId="chart-customers" title={title} description={description} legend={legend} width={width} height={height} cursor={cursor} tooltip={tooltip} source={projectionId(projection)} tooltipTop={margin.top}>
      <Group left={margin.left} top={margin.top}>
        <AxisUnit>Customers</AxisUnit>
        <ValueAxis scale={yCount} width={innerWidth} kind="count" ticks={4} />
        <StackedBands series={projection.customersByPlan} x={x} y={yCount} />
        {other && <SeriesLine series={other} x={x} y={yCount} color="var(--chart-compare)" dashed />}
        <ActualsMarker x={x} height={panel} startYear={projection.startYear} labelled={false} />
        {m !== null && <CursorLine x={x(m)} height={innerHeight} />}
      </Group>
      <Group left={margin.left} top={margin.top + panel + GAP}>
        <AxisUnit>Plan mix (share of customers)</AxisUnit>
        <ValueAxis scale={yMix} width={innerWidth} kind="percent" ticks={4} />
        <StackedBands series={projection.customersByPlan} x={x} y={yMix} expand />
        <ActualsMarker x={x} height={panel} startYear={projection.startYear} />
        <MonthAxis scale={x} top={panel} startYear={projection.startYear} />
      </Group>
    </ChartFrame>
  );
});
