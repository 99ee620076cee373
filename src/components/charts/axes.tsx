import { memo } from 'react';
import { countCompact, moneyCompact, percent } from '../format';
import type { BandScale, LinearScale } from './types';
import { tenth } from './paths';
import { YEAR_TICKS } from './series';

// Axes and grid drawn as plain SVG lines and text (about a third of the nodes of @visx/axis) in
// the theme's colours, with type large enough to read from the back of a meeting room. They are
// memoised and take only stable props (scales from useLinearScale, primitives), so an edit that
// leaves an axis's domain alone does not redraw it; ticks are keyed by position, so one that does
// updates text in place instead of rebuilding nodes. The tick marks (and the grid lines) of an
// axis are one <path>, and labels carry their own coordinates rather than a transformed group:
// each group with a transform is a node of the browser's property trees, which every frame walks.

const TICK = 6;

interface BottomTick { x: number; label: string }

function BottomAxis({ ticks, top, from, to, anchor }: { ticks: readonly BottomTick[]; top: number; from: number; to: number; anchor: 'start' | 'middle' }) {
  const marks = ticks.map((t) => `M${tenth(t.x)},0V${TICK}`).join('');
  return (
    <g className="chart-axis chart-axis-bottom" transform={`translate(0,${top})`}>
      <line x1={from} x2={to} y1={0} y2={0} stroke="var(--chart-axis)" />
      <path d={marks} stroke="var(--chart-axis)" fill="none" />
      {ticks.map((t, i) => (
        <text key={i} className="chart-tick" x={t.x} y={TICK + 15} dx={anchor === 'start' ? 3 : 0} textAnchor={anchor}>{t.label}</text>
      ))}
    </g>
  );
}

/** A 60-month axis with a tick at each January, labelled with the year. */
export const YearAxis = memo(function YearAxis({ scale, top, startYear }: { scale: LinearScale; top: number; startYear: number }) {
  const [from, to] = scale.range() as [number, number];
  const ticks = YEAR_TICKS.map((m) => ({ x: scale(m), label: String(startYear + m / 12) }));
  return <BottomAxis ticks={ticks} top={top} from={from} to={to} anchor="start" />;
});

/** An axis of years for charts with one group of bars per year; `short` writes ’26 for narrow bands. */
export const YearBandAxis = memo(function YearBandAxis({ scale, top, short = false }: { scale: BandScale; top: number; short?: boolean }) {
  const [from, to] = scale.range() as [number, number];
  const ticks = scale.domain().map((yr) => ({ x: (scale(yr) ?? 0) + scale.bandwidth() / 2, label: short ? `’${String(yr).slice(-2)}` : String(yr) }));
  return <BottomAxis ticks={ticks} top={top} from={from} to={to} anchor="middle" />;
});

/** How a value axis writes its ticks: compact money, whole percent, compact counts, plain numbers. */
export type AxisKind = 'money' | 'percent' | 'count' | 'number';

function tickFormatter(kind: AxisKind, currency: string): (x: number) => string {
  switch (kind) {
    case 'money': return (x) => moneyCompact(x, currency);
    case 'percent': return (x) => percent(x, 0);
    case 'count': return countCompact;
    case 'number': return String;
  }
}

/** A value axis with light grid lines across the plot. */
export const ValueAxis = memo(function ValueAxis({ scale, width, kind, currency = 'USD', ticks = 5 }: { scale: LinearScale; width: number; kind: AxisKind; currency?: string; ticks?: number }) {
  const format = tickFormatter(kind, currency);
  const [bottom, top] = scale.range() as [number, number];
  const ys = scale.ticks(ticks).map((v) => ({ v, y: scale(v) }));
  const grid = ys.map(({ y }) => `M0,${tenth(y)}H${tenth(width)}`).join('');
  const marks = ys.map(({ y }) => `M${-TICK},${tenth(y)}H0`).join('');
  return (
    <g className="chart-axis chart-axis-left">
      <path d={grid} stroke="var(--chart-grid)" fill="none" />
      <path d={marks} stroke="var(--chart-axis)" fill="none" />
      {ys.map(({ v, y }, i) => (
        <text key={i} className="chart-tick" x={-TICK - 3} y={y} dy="0.33em" textAnchor="end">{format(v)}</text>
      ))}
      <line x1={0} x2={0} y1={top} y2={bottom} stroke="var(--chart-axis)" />
    </g>
  );
});

/** The unit of a value axis, written above it: easier to read than rotated text. */
export function AxisUnit({ children, y = -10 }: { children: string; y?: number }) {
  return <text className="chart-unit" x={0} y={y} textAnchor="start">{children}</text>;
}

/** A horizontal reference line (zero, a target) with an optional label at its right end. */
export function HLine({ y, width, color, dash, label, labelBelow }: { y: number; width: number; color: string; dash?: string; label?: string; labelBelow?: boolean }) {
  return (
    <g>
      <line x1={0} x2={width} y1={y} y2={y} stroke={color} strokeWidth={2} strokeDasharray={dash} />
      {label && <text className="chart-ref-label" x={width - 4} y={labelBelow ? y + 15 : y - 6} textAnchor="end" fill={color}>{label}</text>}
    </g>
  );
}

/** The vertical line at the month being read. */
export function CursorLine({ x, height }: { x: number; height: number }) {
  return <line x1={x} x2={x} y1={0} y2={height} stroke="var(--chart-cursor)" strokeWidth={1} strokeDasharray="3 3" pointerEvents="none" />;
}

export interface LabelSpot { x: number; y: number; anchor: 'start' | 'middle' | 'end' }

/**
 * Where to write a reference line's label so it does not sit on a data line: at the right end,
 * the left end or the middle, above or below the line, whichever covers the fewest plotted points
 * (pixel coordinates); the first free spot wins.
 */
export function labelSpot(lineY: number, width: number, text: string, points: readonly { x: number; y: number }[]): LabelSpot {
  const textWidth = text.length * 7.6;
  const candidates: LabelSpot[] = [];
  for (const [x, anchor] of [[width - 4, 'end'], [4, 'start'], [width / 2, 'middle']] as const) {
    candidates.push({ x, y: lineY - 7, anchor }, { x, y: lineY + 17, anchor });
  }
  let best = candidates[0]!;
  let fewest = Infinity;
  for (const c of candidates) {
    const x0 = c.anchor === 'end' ? c.x - textWidth : c.anchor === 'middle' ? c.x - textWidth / 2 : c.x;
    const x1 = x0 + textWidth;
    let hits = 0;
    // The text's box (ascent 13 px above the baseline, 4 below) plus 3 px for the line's width.
    for (const p of points) if (p.x >= x0 && p.x <= x1 && p.y >= c.y - 16 && p.y <= c.y + 7) hits++;
    if (hits < fewest) { fewest = hits; best = c; }
    if (hits === 0) break;
  }
  return best;
}
