import { Group } from '@visx/group';
import { scaleBand } from '@visx/scale';
import { memo, useCallback, useMemo } from 'react';
import { Bar } from '@visx/shape';
import { projectionId } from '../projection-id';
import { AxisUnit, ValueAxis, YearBandAxis } from './chart-axes';
import { ChartFrame, type TooltipContent } from './ChartFrame';
import type { LegendEntry } from './Legend';
import { formatPrecise } from './metrics';
import { useLinearScale, useYears } from './scales';
import { mrrBridge, type BridgeYear } from './series';
import type { ChartProps } from './types';
import { useCursor } from './useCursor';

const margin = { top: 34, right: 16, bottom: 34, left: 72 };

interface Step { label: string; color: string; sign: 1 | -1 | 0; value: (b: BridgeYear) => number }
// sign 0: a level drawn from zero (start, end); +1 / -1: a movement that floats on the running total.
const STEPS: readonly Step[] = [
  { label: 'Start', color: 'var(--chart-1)', sign: 0, value: (b) => b.start },
  { label: 'New', color: 'var(--chart-3)', sign: 1, value: (b) => b.newMrr },
  { label: 'Expansion', color: 'var(--chart-5)', sign: 1, value: (b) => b.expansion },
  { label: 'Contraction', color: 'var(--chart-2)', sign: -1, value: (b) => b.contraction },
  { label: 'Churn', color: 'var(--chart-6)', sign: -1, value: (b) => b.churn },
  { label: 'End', color: 'var(--chart-1)', sign: 0, value: (b) => b.end },
];
const LEGEND: LegendEntry[] = STEPS.slice(0, 5).map((s) => ({ label: s.label === 'Start' ? 'Start and end of year' : s.label, color: s.color, swatch: 'area' }));

interface Floating { step: number; lo: number; hi: number }
/** The floating bars of one year's waterfall. */
function bars(b: BridgeYear): Floating[] {
  let running = 0;
  return STEPS.map((s, step) => {
    const v = s.value(b);
    if (s.sign === 0) { running = v; return { step, lo: 0, hi: v }; }
    const from = running;
    running += s.sign * v;
    return { step, lo: Math.min(from, running), hi: Math.max(from, running) };
  });
}

/** 2. The MRR bridge of each year as a waterfall: start, new, expansion, contraction, churn, end. */
export const MrrBridgeChart = memo(function MrrBridgeChart({ width, height, projection, currency, title = 'MRR bridge by year' }: ChartProps) {
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = Math.max(0, height - margin.top - margin.bottom);
  const bridge = mrrBridge(projection);
  const years = useYears(bridge);
  const layout = useMemo(() => bridge.map(bars), [bridge]);
  const x = useMemo(() => scaleBand<number>({ domain: years, range: [0, innerWidth], padding: 0.18 }), [years, innerWidth]);
  const inner = useMemo(() => scaleBand<number>({ domain: STEPS.map((_, i) => i), range: [0, x.bandwidth()], padding: 0.12 }), [x]);
  const top = useMemo(() => Math.max(1, ...layout.flat().map((b) => b.hi)), [layout]);
  const y = useLinearScale(0, top, innerHeight, 0);
  // A movement too small to see still gets a 1 px bar, so it does not read as missing.
  const rects = useMemo(() => layout.flatMap((yearBars, yi) => yearBars.map((b) => ({
    key: `${yi}-${b.step}`, step: b.step,
    x: (x(years[yi]!) ?? 0) + (inner(b.step) ?? 0), width: inner.bandwidth(), y: y(b.hi), height: Math.max(b.hi > b.lo ? 1 : 0, y(b.lo) - y(b.hi)),
  }))), [layout, years, x, inner, y]);
  const indexAt = useCallback((svgX: number) => Math.floor((svgX - margin.left) / Math.max(1, x.step())), [x]);
  const cursor = useCursor(years.length, indexAt);
  const description = useMemo(() => bridge.map((b) =>
    `${b.year}: start ${formatPrecise('money', b.start, currency)}, new ${formatPrecise('money', b.newMrr, currency)}, expansion ${formatPrecise('money', b.expansion, currency)}, contraction ${formatPrecise('money', b.contraction, currency)}, churn ${formatPrecise('money', b.churn, currency)}, end ${formatPrecise('money', b.end, currency)}.`,
  ).join(' '), [bridge, currency]);
  if (width < 40 || innerHeight < 20) return null;

  const i = cursor.index;
  const tooltip: TooltipContent | null = i === null ? null : {
    x: margin.left + (x(years[i]!) ?? 0) + x.bandwidth(),
    heading: `${years[i]} MRR bridge`,
    index: i,
    rows: STEPS.map((s) => ({
      label: s.label,
      value: `${s.sign < 0 ? '−' : s.sign > 0 ? '+' : ''}${formatPrecise('unit', s.value(bridge[i]!), currency)}`,
      color: s.color,
    })),
  };
  return (
    <ChartFrame testId="chart-mrr-bridge" title={title} description={description} legend={LEGEND} width={width} height={height} cursor={cursor} tooltip={tooltip} source={projectionId(projection)} tooltipTop={margin.top}>
      <Group left={margin.left} top={margin.top}>
        <AxisUnit>{`${currency} per month`}</AxisUnit>
        <ValueAxis scale={y} width={innerWidth} kind="money" currency={currency} />
        {i !== null && <rect x={(x(years[i]!) ?? 0) - 4} width={x.bandwidth() + 8} y={0} height={innerHeight} fill="var(--chart-grid)" opacity={0.6} />}
        {rects.map((r) => <Bar key={r.key} x={r.x} y={r.y} width={r.width} height={r.height} fill={STEPS[r.step]!.color} />)}
        <YearBandAxis scale={x} top={innerHeight} />
      </Group>
    </ChartFrame>
  );
});
