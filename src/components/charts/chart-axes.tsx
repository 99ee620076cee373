import { AxisBottom, AxisLeft } from '@visx/axis';
import type { TickRendererProps } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { Line } from '@visx/shape';
import { memo } from 'react';
import { tickLabels, type AxisKind } from './ticks';
import type { BandScale, LinearScale } from './types';

// visx's axes and grid in the theme's colours, with type large enough to read from the back of a
// meeting room. Tick labels are plain <text> (tickComponent): @visx/text's <Text> wraps each label
// in its own <svg> and measures words, which these one-word labels do not need.

const TICK = 6;
const FONT = 14;
const AXIS = 'var(--chart-axis)';

function LeftTick({ x, y, formattedValue }: TickRendererProps) {
  return <text className="chart-tick" x={x - 3} y={y} dy="0.33em" textAnchor="end">{formattedValue}</text>;
}
function StartTick({ x, y, formattedValue }: TickRendererProps) {
  return <text className="chart-tick" x={x + 3} y={y} textAnchor="start">{formattedValue}</text>;
}
function MiddleTick({ x, y, formattedValue }: TickRendererProps) {
  return <text className="chart-tick" x={x} y={y} textAnchor="middle">{formattedValue}</text>;
}
const LABEL_PROPS = { fontSize: FONT };

/** A value axis on the left with light grid rows across the plot; tick labels never repeat. */
export const ValueAxis = memo(function ValueAxis({ scale, width, kind, currency = 'USD', ticks = 5 }: { scale: LinearScale; width: number; kind: AxisKind; currency?: string; ticks?: number }) {
  const values = scale.ticks(ticks);
  const labels = tickLabels(values, kind, currency);
  return (
    <>
      <GridRows scale={scale} width={width} tickValues={values} stroke="var(--chart-grid)" className="chart-grid" />
      <AxisLeft
        scale={scale} tickValues={values} tickFormat={(_, i) => labels[i]}
        stroke={AXIS} tickStroke={AXIS} tickLength={TICK} tickComponent={LeftTick}
        axisClassName="chart-axis chart-axis-left"
      />
    </>
  );
});

/** January of each year: where 60-month axes put their year ticks. */
const YEAR_TICKS = [0, 12, 24, 36, 48];

/** A 60-month axis with a tick at each January, labelled with the year beside it. */
export const MonthAxis = memo(function MonthAxis({ scale, top, startYear }: { scale: LinearScale; top: number; startYear: number }) {
  return (
    <AxisBottom
      top={top} scale={scale} tickValues={YEAR_TICKS} tickFormat={(m) => String(startYear + Number(m) / 12)}
      stroke={AXIS} tickStroke={AXIS} tickLength={TICK} tickComponent={StartTick} tickLabelProps={LABEL_PROPS}
      axisClassName="chart-axis chart-axis-bottom"
    />
  );
});

/** An axis of years under the middle of each band (bars per year); `short` writes ’26 for narrow bands. */
export const YearBandAxis = memo(function YearBandAxis({ scale, top, short = false }: { scale: BandScale; top: number; short?: boolean }) {
  return (
    <AxisBottom
      top={top} scale={scale} tickFormat={(yr) => (short ? `’${String(yr).slice(-2)}` : String(yr))}
      stroke={AXIS} tickStroke={AXIS} tickLength={TICK} tickComponent={MiddleTick} tickLabelProps={LABEL_PROPS}
      axisClassName="chart-axis chart-axis-bottom"
    />
  );
});

/** Years at points 0..n-1 of a linear scale (the yearly fan chart). */
export const YearPointAxis = memo(function YearPointAxis({ scale, top, startYear, count }: { scale: LinearScale; top: number; startYear: number; count: number }) {
  return (
    <AxisBottom
      top={top} scale={scale} tickValues={Array.from({ length: count }, (_, k) => k)} tickFormat={(k) => String(startYear + Number(k))}
      stroke={AXIS} tickStroke={AXIS} tickLength={TICK} tickComponent={MiddleTick} tickLabelProps={LABEL_PROPS}
      axisClassName="chart-axis chart-axis-bottom"
    />
  );
});

/** The unit of a value axis, written above it: easier to read than rotated text. */
export function AxisUnit({ children, y = -10 }: { children: string; y?: number }) {
  return <text className="chart-unit" x={0} y={y} textAnchor="start">{children}</text>;
}

/** A horizontal reference line (zero, a target) with an optional label at its right end. */
export function HLine({ y, width, color, dash, label }: { y: number; width: number; color: string; dash?: string; label?: string }) {
  return (
    <g>
      <Line from={{ x: 0, y }} to={{ x: width, y }} stroke={color} strokeWidth={2} strokeDasharray={dash} />
      {label && <text className="chart-ref-label" x={width - 4} y={y - 6} textAnchor="end" fill={color}>{label}</text>}
    </g>
  );
}

/** The vertical line at the month being read. */
export function CursorLine({ x, height }: { x: number; height: number }) {
  return <Line from={{ x, y: 0 }} to={{ x, y: height }} stroke="var(--chart-cursor)" strokeWidth={1} strokeDasharray="3 3" pointerEvents="none" />;
}
