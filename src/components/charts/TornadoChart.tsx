import { AxisTop } from '@visx/axis';
import type { TickRendererProps } from '@visx/axis';
import { GridColumns } from '@visx/grid';
import { Group } from '@visx/group';
import { Bar, Line } from '@visx/shape';
import { memo, useId, useMemo, type KeyboardEvent } from 'react';
import { Legend, type LegendEntry } from './Legend';
import { useLinearScale } from './scales';
import './charts.css';
import './sensitivity-charts.css';

export interface TornadoDatum {
  id: string;
  label: string;
  /** The output with the input moved down, and up; null when not computable. */
  low: number | null;
  high: number | null;
  /** How far the output moves over (down, today, up); null when not computable. */
  span: number | null;
  /** The move stopped at the input's valid range. */
  clamped: boolean;
}

interface Props {
  width: number;
  height: number;
  title: string;
  /** The output at today's inputs: the line the bars grow from. */
  base: number;
  bars: readonly TornadoDatum[];
  /** e.g. "10 %", for the legend. */
  stepLabel: string;
  format: (x: number) => string;
  onSelect: (id: string) => void;
}

const ROW = 32;

function TopTick({ x, y, formattedValue }: TickRendererProps) {
  return <text className="chart-tick" x={x} y={y - 6} textAnchor="middle">{formattedValue}</text>;
}
const margin = { top: 34, right: 84, bottom: 8, left: 220 };

/** The SVG height that gives each bar a readable row. */
export function tornadoHeight(count: number): number {
  return margin.top + margin.bottom + Math.max(1, count) * ROW;
}

/**
 * Tornado: one row per input, a bar from the output at "input down" to the output at "input up"
 * around today's value, largest first. Each bar is a button (click, Enter or Space) that selects
 * the input's row in the grid.
 */
export const TornadoChart = memo(function TornadoChart({ width, height, title, base, bars, stepLabel, format, onSelect }: Props) {
  const id = useId();
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const [lo, hi] = useMemo(() => {
    let a = base, b = base;
    for (const bar of bars) for (const v of [bar.low, bar.high]) if (v !== null) { a = Math.min(a, v); b = Math.max(b, v); }
    return a === b ? [a - 1, b + 1] : [a, b];
  }, [bars, base]);
  const x = useLinearScale(lo, hi, 0, innerWidth);
  const legend = useMemo<LegendEntry[]>(() => [
    { label: `Input ${stepLabel} lower`, color: 'var(--chart-6)', swatch: 'area' },
    { label: `Input ${stepLabel} higher`, color: 'var(--chart-1)', swatch: 'area' },
  ], [stepLabel]);
  if (innerWidth < 40) return null;
  const bx = x(base);
  const key = (e: KeyboardEvent, rowId: string) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(rowId); }
  };
  return (
    <figure className="chart" data-testid="chart-tornado" aria-labelledby={`${id}-h`}>
      <h3 className="chart-title" id={`${id}-h`}>{title}</h3>
      <Legend entries={legend} />
      <div className="chart-plot" style={{ width, height }}>
        <svg width={width} height={height} role="group" aria-labelledby={`${id}-h`}>
          <Group left={margin.left} top={margin.top}>
            <GridColumns scale={x} height={bars.length * ROW} numTicks={5} stroke="var(--chart-grid)" />
            <AxisTop scale={x} numTicks={5} tickFormat={(v) => format(Number(v))} hideAxisLine stroke="var(--chart-axis)" tickStroke="var(--chart-grid)" tickLength={6} tickComponent={TopTick} axisClassName="chart-axis chart-axis-top" />
            {bars.map((b, i) => {
              const y = i * ROW + 5;
              const h = ROW - 10;
              const seg = (v: number | null, color: string) => v === null ? null : <Bar x={Math.min(bx, x(v))} width={Math.max(1, Math.abs(x(v) - bx))} y={y} height={h} fill={color} />;
              const describe = `${b.label}: ${stepLabel} lower gives ${b.low === null ? 'not computable' : format(b.low)}, ${stepLabel} higher gives ${b.high === null ? 'not computable' : format(b.high)}${b.clamped ? ' (stopped at its valid range)' : ''}. Select in the grid.`;
              const right = Math.max(bx, ...[b.low, b.high].filter((v): v is number => v !== null).map(x));
              return (
                <g key={b.id} className="tornado-bar" role="button" tabIndex={0} aria-label={describe} data-row={b.id} onClick={() => onSelect(b.id)} onKeyDown={(e) => key(e, b.id)}>
                  <rect x={-margin.left} y={i * ROW} width={width} height={ROW} fill="transparent" />
                  <text className="chart-bar-label" x={-10} y={y + h / 2} dy="0.33em" textAnchor="end">{b.clamped ? `${b.label} *` : b.label}</text>
                  {seg(b.low, 'var(--chart-6)')}
                  {seg(b.high, 'var(--chart-1)')}
                  <text className="chart-bar-label" x={right + 6} y={y + h / 2} dy="0.33em">{b.span === null ? '—' : format(b.span)}</text>
                </g>
              );
            })}
            <Line from={{ x: bx, y: -4 }} to={{ x: bx, y: bars.length * ROW }} stroke="var(--chart-zero)" strokeWidth={2} />
          </Group>
        </svg>
      </div>
    </figure>
  );
});
