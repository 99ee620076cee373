import { AxisBottom, AxisLeft, type TickRendererProps } from '@visx/axis';
import { curveMonotoneX } from '@visx/curve';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import { memo, useMemo } from 'react';
import { tickLabels, type AxisKind } from './ticks';
import { trendDomain } from './trend-domain';
import './charts.css';

export interface YearPoint {
  year: number;
  value: number | null;
  /** The last edit changed this value. */
  moved?: boolean;
}

interface Props {
  width: number;
  height: number;
  points: readonly YearPoint[];
  kind: AxisKind;
  currency: string;
  /** The target's bound (its minimum or maximum), drawn as a dashed line across the years. */
  target?: number;
  /** What the chart shows, for a screen reader; the table beside it holds the figures. */
  label: string;
}

const margin = { top: 8, right: 14, bottom: 22, left: 58 };
const yearOf = (p: YearPoint) => p.year;
const valueOf = (p: YearPoint) => p.value!;
const defined = (p: YearPoint) => p.value !== null;

function LeftTick({ x, y, formattedValue }: TickRendererProps) {
  return <text className="chart-tick small" x={x - 3} y={y} dy="0.33em" textAnchor="end">{formattedValue}</text>;
}
function YearTick({ x, y, formattedValue }: TickRendererProps) {
  return <text className="chart-tick small" x={x} y={y} textAnchor="middle">{formattedValue}</text>;
}

/** A figure year by year (2026..2030) with its target line: small enough for the Model view's side panel. */
export const YearTrendChart = memo(function YearTrendChart({ width, height, points, kind, currency, target, label }: Props) {
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = Math.max(0, height - margin.top - margin.bottom);
  const x = useMemo(() => scalePoint<number>({ domain: points.map(yearOf), range: [0, innerWidth], padding: 0.3 }), [points, innerWidth]);
  const domain = useMemo(() => trendDomain(points.flatMap((p) => (p.value === null ? [] : [p.value])), target), [points, target]);
  // Clamped: a year off the scale sits on its edge, marked with an arrow.
  const y = useMemo(() => scaleLinear<number>({ domain: [domain.lo, domain.hi], range: [innerHeight, 0], nice: 3, clamp: true }), [domain, innerHeight]);
  // At most three ticks: the chart is 96 px tall.
  const all = y.ticks(3);
  const ticks = all.length > 3 ? all.filter((_, i) => i % 2 === 0) : all;
  const labels = tickLabels(ticks, kind, currency);
  if (innerWidth < 40 || innerHeight < 20) return null;
  const off = points.filter((p) => p.value !== null && domain.offScale.has(p.value));
  const described = off.length ? `${label}; ${off.map((p) => p.year).join(' and ')} ${off.length > 1 ? 'are' : 'is'} off the scale` : label;
  return (
    <svg width={width} height={height} role="img" aria-label={described} className="year-trend">
      <Group left={margin.left} top={margin.top}>
        <GridRows scale={y} width={innerWidth} tickValues={ticks} stroke="var(--chart-grid)" />
        <AxisLeft scale={y} tickValues={ticks} tickFormat={(_, i) => labels[i]} stroke="var(--chart-axis)" tickStroke="var(--chart-axis)" tickLength={4} tickComponent={LeftTick} />
        <AxisBottom top={innerHeight} scale={x} tickFormat={(yr) => `’${String(yr).slice(-2)}`} stroke="var(--chart-axis)" tickStroke="var(--chart-axis)" tickLength={4} tickComponent={YearTick} tickLabelProps={{ fontSize: 12 }} />
        {target !== undefined && (
          <Line from={{ x: 0, y: y(target) }} to={{ x: innerWidth, y: y(target) }} stroke="var(--chart-target)" strokeWidth={2} strokeDasharray="2 4" data-target={target} />
        )}
        <LinePath data={[...points]} x={(p) => x(yearOf(p)) ?? 0} y={(p) => y(valueOf(p))} defined={defined} curve={curveMonotoneX} fill="none" stroke="var(--chart-1)" strokeWidth={2.5} />
        {points.map((p) => p.value === null ? null : (
          <circle
            key={p.year} cx={x(p.year) ?? 0} cy={y(p.value)} r={p.moved ? 5 : 3.5}
            fill={p.moved ? 'var(--bg)' : 'var(--chart-1)'} stroke="var(--chart-1)" strokeWidth={p.moved ? 2.5 : 0}
            data-moved={p.moved ? 'true' : undefined}
          />
        ))}
        {off.map((p) => {
          // An arrow beside the point, pointing the way the value runs off the scale.
          const high = p.value! > domain.hi;
          const cx = (x(p.year) ?? 0) + 9, cy = high ? 0 : innerHeight;
          const d = high ? `M${cx - 5},${cy + 7}L${cx},${cy}L${cx + 5},${cy + 7}Z` : `M${cx - 5},${cy - 7}L${cx},${cy}L${cx + 5},${cy - 7}Z`;
          return <path key={`off${p.year}`} d={d} fill="var(--chart-1)" data-off-scale={high ? 'high' : 'low'} data-year={p.year} />;
        })}
      </Group>
    </svg>
  );
});
