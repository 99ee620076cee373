import { Group } from '@visx/group';
import { memo, useCallback, useMemo } from 'react';
import { monthLabel } from '../format';
import { curveLinear } from '@visx/curve';
import { Area } from '@visx/shape';
import { AxisUnit, CursorLine, MonthAxis, ValueAxis, YearPointAxis } from './chart-axes';
import type { AxisKind } from './ticks';
import { ChartFrame, type TooltipContent } from './ChartFrame';
import type { LegendEntry } from './Legend';
import { extent } from './series';
import { useLinearScale } from './scales';
import { SeriesLine } from './SeriesLine';
import { useCursor } from './useCursor';
import './sensitivity-charts.css';

export interface FanSeries {
  p10: readonly (number | null)[];
  p50: readonly (number | null)[];
  p90: readonly (number | null)[];
}

interface Props {
  width: number;
  height: number;
  testId: string;
  title: string;
  fan: FanSeries;
  /** Today's deterministic projection, drawn dashed over the fan. */
  base: readonly (number | null)[];
  startYear: number;
  axis: AxisKind;
  currency: string;
  /** Precise, for the tooltip and the description. */
  formatValue: (x: number) => string;
  /** The value axis's unit, written above it; by default from `axis` and `currency`. */
  unit?: string;
}

const UNITS: Record<AxisKind, string> = { money: '', percent: 'Percent', count: 'Count', number: 'Value' };

const margin = { top: 34, right: 24, bottom: 34, left: 72 };

// The band's points: index k with its 10th and 90th percentiles; drawn where both are computable.
interface FanPoint { k: number; lo: number | null; hi: number | null }
const fanIndex = (p: FanPoint) => p.k;
const fanLow = (p: FanPoint) => p.lo!;
const fanHigh = (p: FanPoint) => p.hi!;
const fanDefined = (p: FanPoint) => p.lo !== null && p.hi !== null;

/**
 * A fan chart: the band from the 10th to the 90th percentile of the runs, the median as a line
 * and today's projection dashed. 60 points read as months, 5 as years.
 */
export const FanChart = memo(function FanChart({ width, height, testId, title, fan, base, startYear, axis, currency, formatValue, unit }: Props) {
  const n = fan.p50.length;
  const monthly = n > 12;
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = Math.max(0, height - margin.top - margin.bottom);
  // Years sit in the middle of their slots, so their first and last points stay off the axes.
  const x = useLinearScale(monthly ? 0 : -0.5, monthly ? n - 1 : n - 0.5, 0, innerWidth, false);
  const [lo, hi] = useMemo(() => extent([fan.p10, fan.p90, base], monthly && axis !== 'percent'), [fan, base, axis, monthly]);
  const y = useLinearScale(lo, hi, innerHeight, 0);
  const band = useMemo<FanPoint[]>(() => fan.p10.map((lo, k) => ({ k, lo, hi: fan.p90[k] ?? null })), [fan]);
  const indexAt = useCallback((svgX: number) => x.invert(svgX - margin.left), [x]);
  const cursor = useCursor(n, indexAt);
  const legend = useMemo<LegendEntry[]>(() => [
    { label: '10th–90th percentile', color: 'var(--fan-band)', swatch: 'area' },
    { label: 'Median', color: 'var(--chart-1)', swatch: 'line' },
    { label: 'Today’s projection', color: 'var(--chart-compare)', swatch: 'dashed' },
  ], []);
  const at = (i: number) => (monthly ? monthLabel(i, startYear) : String(startYear + i));
  const show = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatValue(v));
  const last = n - 1;
  const description = `${title}: in ${at(last)} the middle 80 % of runs lie between ${show(fan.p10[last])} and ${show(fan.p90[last])}, median ${show(fan.p50[last])}; today's projection gives ${show(base[last])}.`;
  if (innerWidth < 40 || innerHeight < 40) return null;

  const i = cursor.index;
  const tooltip: TooltipContent | null = i === null ? null : {
    x: margin.left + x(i), heading: at(i), index: i,
    rows: [
      { label: '90th percentile', value: show(fan.p90[i]) },
      { label: 'Median', value: show(fan.p50[i]), color: 'var(--chart-1)', swatch: 'line' },
      { label: '10th percentile', value: show(fan.p10[i]) },
      { label: 'Today’s projection', value: show(base[i]), color: 'var(--chart-compare)', swatch: 'dashed' },
    ],
  };
  return (
    <ChartFrame testId={testId} title={title} description={description} legend={legend} width={width} height={height} cursor={cursor} tooltip={tooltip} tooltipTop={margin.top}>
      <Group left={margin.left} top={margin.top}>
        <AxisUnit>{unit ?? (axis === 'money' ? currency : UNITS[axis])}</AxisUnit>
        <ValueAxis scale={y} width={innerWidth} kind={axis} currency={currency} ticks={4} />
        <Area<FanPoint> data={band} x={(p) => x(fanIndex(p))} y0={(p) => y(fanLow(p))} y1={(p) => y(fanHigh(p))} defined={fanDefined} curve={curveLinear} fill="var(--fan-band)" />
        <SeriesLine series={fan.p50} x={x} y={y} color="var(--chart-1)" strokeWidth={3} />
        <SeriesLine series={base} x={x} y={y} color="var(--chart-compare)" dashed strokeWidth={2} />
        {!monthly && fan.p50.map((v, k) => (v === null ? null : <circle key={k} cx={x(k)} cy={y(v)} r={4} fill="var(--chart-1)" />))}
        {i !== null && <CursorLine x={x(i)} height={innerHeight} />}
        {monthly
          ? <MonthAxis scale={x} top={innerHeight} startYear={startYear} />
          : <YearPointAxis scale={x} top={innerHeight} startYear={startYear} count={n} />}
      </Group>
    </ChartFrame>
  );
});
