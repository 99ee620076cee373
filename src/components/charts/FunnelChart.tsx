import { Group } from '@visx/group';
import { scaleBand } from '@visx/scale';
import { memo, useCallback, useMemo } from 'react';
import { count, percent } from '../format';
import { Bar } from '@visx/shape';
import { projectionId } from '../projection-id';
import { ValueAxis, YearBandAxis } from './chart-axes';
import { ChartFrame, type TooltipContent, type TooltipRow } from './ChartFrame';
import type { LegendEntry } from './Legend';
import { useLinearScale, useYears } from './scales';
import { funnel, type FunnelYear } from './series';
import type { ChartProps } from './types';
import { useCursor } from './useCursor';

const margin = { top: 40, right: 8, bottom: 30, left: 60 };
const GAP = 72;

const STAGES = [
  { key: 'visitors', label: 'Visitors', color: 'var(--chart-5)', rate: null },
  { key: 'trials', label: 'Trials', color: 'var(--chart-1)', rate: 'visitorToTrial' },
  { key: 'newCustomers', label: 'New customers', color: 'var(--chart-3)', rate: 'trialToPaid' },
] as const;
const rateOf = (f: FunnelYear, key: 'visitorToTrial' | 'trialToPaid' | null) => (key ? f[key] : null);
const pct = (x: number | null) => (x === null ? '—' : percent(x));

/** 5. The funnel per year: visitors, trials and new customers, each on its own scale, with the conversion rates. */
export const FunnelChart = memo(function FunnelChart({ width, height, projection, compare, label = 'This scenario', title = 'Acquisition funnel by year' }: ChartProps) {
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = Math.max(0, height - margin.top - margin.bottom);
  const panel = Math.max(0, (innerWidth - 2 * GAP) / 3);
  const mine = funnel(projection);
  const other = compare ? funnel(compare.projection) : null;
  const years = useYears(mine);
  const x = useMemo(() => scaleBand<number>({ domain: years, range: [0, panel], padding: 0.2 }), [years, panel]);
  const pair = useMemo(() => scaleBand<number>({ domain: other ? [0, 1] : [0], range: [0, x.bandwidth()], padding: other ? 0.1 : 0 }), [x, other]);
  // Headroom of 12 % above the tallest bar for its rate label.
  const his = useMemo(() => STAGES.map((s) => 1.12 * Math.max(1, ...mine.map((f) => f[s.key]), ...(other ?? []).map((f) => f[s.key]))), [mine, other]);
  const ys = [useLinearScale(0, his[0]!, innerHeight, 0), useLinearScale(0, his[1]!, innerHeight, 0), useLinearScale(0, his[2]!, innerHeight, 0)] as const;
  const [y0, y1, y2] = ys;
  const bars = useMemo(() => [y0, y1, y2].map((y, si) => {
    const key = STAGES[si]!.key;
    const column = (set: FunnelYear[], slot: number) => set.map((f) => ({
      year: f.year, x: (x(f.year) ?? 0) + (pair(slot) ?? 0), width: pair.bandwidth(), y: y(f[key]), height: innerHeight - y(f[key]),
    }));
    return { mine: column(mine, 0), other: other ? column(other, 1) : [] };
  }), [y0, y1, y2, mine, other, x, pair, innerHeight]);
  const indexAt = useCallback((svgX: number) => {
    const within = (svgX - margin.left) % (panel + GAP);
    return Math.floor(within / Math.max(1, x.step()));
  }, [panel, x]);
  const cursor = useCursor(years.length, indexAt);
  const legend = useMemo<LegendEntry[]>(() => [
    ...STAGES.map((s) => ({ label: s.label, color: s.color, swatch: 'area' as const })),
    ...(compare ? [{ label: `Outlined: ${compare.label}`, color: 'var(--chart-compare)', swatch: 'outline' as const }] : []),
  ], [compare]);
  const description = useMemo(() => mine.map((f) =>
    `${f.year}: ${count(f.visitors)} visitors, ${count(f.trials)} trials (${pct(f.visitorToTrial)}), ${count(f.newCustomers)} new customers (${pct(f.trialToPaid)} of trials).`,
  ).join(' '), [mine]);
  if (width < 40 || innerHeight < 20 || panel < 40) return null;
  // Narrow panels (the compare view, a small window) get short labels so they never collide.
  const roomy = x.step() >= 44;

  const i = cursor.index;
  let tooltip: TooltipContent | null = null;
  if (i !== null) {
    const rows: TooltipRow[] = [];
    const sets: { f: FunnelYear; name: string; dashed: boolean }[] = [{ f: mine[i]!, name: label, dashed: false }];
    if (other) sets.push({ f: other[i]!, name: compare!.label, dashed: true });
    for (const { f, name, dashed } of sets) {
      const suffix = other ? `, ${name}` : '';
      rows.push(
        { label: `Visitors${suffix}`, value: count(f.visitors), color: STAGES[0].color, swatch: dashed ? 'outline' : 'area' },
        { label: `Trials${suffix}`, value: `${count(f.trials)} (${pct(f.visitorToTrial)})`, color: STAGES[1].color, swatch: dashed ? 'outline' : 'area' },
        { label: `New customers${suffix}`, value: `${count(f.newCustomers)} (${pct(f.trialToPaid)})`, color: STAGES[2].color, swatch: dashed ? 'outline' : 'area' },
      );
    }
    tooltip = { x: margin.left + (x(years[i]!) ?? 0) + x.bandwidth(), heading: `${years[i]} funnel`, index: i, rows };
  }
  return (
    <ChartFrame testId="chart-funnel" title={title} description={description} legend={legend} width={width} height={height} cursor={cursor} tooltip={tooltip} source={projectionId(projection)} tooltipTop={margin.top}>
      {STAGES.map((s, si) => {
        const y = ys[si]!;
        return (
          <Group key={s.key} left={margin.left + si * (panel + GAP)} top={margin.top}>
            <text className="chart-unit" x={0} y={-24}>{s.label}</text>
            {s.rate && <text className="chart-bar-label" x={0} y={-8}>{s.rate === 'visitorToTrial' ? '% = visitor-to-trial' : '% = trial-to-paid'}</text>}
            <ValueAxis scale={y} width={panel} kind="count" ticks={4} />
            {i !== null && <rect x={(x(years[i]!) ?? 0) - 3} width={x.bandwidth() + 6} y={0} height={innerHeight} fill="var(--chart-grid)" opacity={0.6} />}
            {mine.map((f, yi) => {
              const bx = x(f.year) ?? 0;
              const o = other?.[yi];
              const rate = rateOf(f, s.rate);
              if (!s.rate) return null;
              return (
                <text key={f.year} className="chart-bar-label" x={bx + x.bandwidth() / 2} y={Math.min(y(f[s.key]), o ? y(o[s.key]) : Infinity) - 5} textAnchor="middle">
                  {rate === null ? '—' : percent(rate, roomy ? 1 : 0)}
                </text>
              );
            })}
            {bars[si]!.mine.map((r) => <Bar key={r.year} x={r.x} y={r.y} width={r.width} height={r.height} fill={s.color} />)}
            {bars[si]!.other.map((r) => <Bar key={r.year} x={r.x} y={r.y} width={r.width} height={r.height} fill="none" stroke="var(--chart-compare)" strokeWidth={2} strokeDasharray="4 2" />)}
            <YearBandAxis scale={x} top={innerHeight} short={!roomy} />
          </Group>
        );
      })}
    </ChartFrame>
  );
});
