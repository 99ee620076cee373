import { Group } from '@visx/group';
import { memo, useMemo } from 'react';
import { monthLabel, percent } from '../format';
import { projectionId } from '../projection-id';
import { AxisUnit, CursorLine, HLine, MonthAxis, ValueAxis } from './chart-axes';
import { labelBox, labelSpot } from './label-spot';
import { ActualsMarker } from './last-actual';
import { ChartFrame, type TooltipContent, type TooltipRow } from './ChartFrame';
import type { LegendEntry } from './Legend';
import { MONTHLY_INFO } from './metrics';
import { extent } from './series';
import { useLinearScale } from './scales';
import { SeriesLine } from './SeriesLine';
import type { ChartProps, TargetProps } from './types';
import { useMonthPlot } from './useMonthPlot';

const margin = { top: 34, right: 20, bottom: 34, left: 72 };
const SERIES = [
  { key: 'grossMargin', color: 'var(--chart-1)' },
  { key: 'nrr', color: 'var(--chart-6)' },
] as const;

interface TargetLine { value: number; label: string }

/** 4. Gross margin and NRR over 60 months, with their target lines from the scenario's targets. */
export const MarginsNrrChart = memo(function MarginsNrrChart({ width, height, projection, compare, label = 'This scenario', targets, title = 'Gross margin and NRR' }: ChartProps & TargetProps) {
  const { innerWidth, innerHeight, x, cursor } = useMonthPlot(width, height, margin);
  const mine = projection.monthly;
  const other = compare?.projection.monthly;
  const lines = useMemo<TargetLine[]>(() => (targets ?? []).flatMap((t) => {
    const s = SERIES.find((k) => k.key === t.metric);
    if (!s) return [];
    const name = MONTHLY_INFO[s.key].label;
    return [
      ...(t.min !== undefined ? [{ value: t.min, label: `${name} target ≥ ${percent(t.min, 0)} (${t.year})` }] : []),
      ...(t.max !== undefined ? [{ value: t.max, label: `${name} target ≤ ${percent(t.max, 0)} (${t.year})` }] : []),
    ];
  }), [targets]);
  const [lo, hi] = useMemo(() => {
    const [a, b] = extent([mine.grossMargin, mine.nrr, lines.map((l) => l.value), ...(other ? [other.grossMargin, other.nrr] : [])], false);
    // Rates near 100 % are what matters here; a zero baseline would flatten them into one line.
    const pad = Math.max(0.02, (b - a) * 0.08);
    return [Math.max(0, a - pad), b + pad];
  }, [mine, other, lines]);
  const y = useLinearScale(lo, hi, innerHeight, 0);
  const legend = useMemo<LegendEntry[]>(() => [
    ...SERIES.map((s) => ({ label: MONTHLY_INFO[s.key].label, color: s.color, swatch: 'line' as const })),
    ...(lines.length ? [{ label: 'Target', color: 'var(--chart-target)', swatch: 'target' as const }] : []),
    ...(compare ? [{ label: `Dashed: ${compare.label}`, color: 'var(--chart-compare)', swatch: 'dashed' as const }] : []),
  ], [lines.length, compare]);
  const description = useMemo(() => {
    const last = projection.years[projection.years.length - 1]!;
    const fmt = (v: number | null) => (v === null ? 'not computable' : percent(v));
    return `Gross margin and net revenue retention per month; NRR starts in December of the first year. In ${last.year}: gross margin ${fmt(last.grossMargin)}, NRR ${fmt(last.nrr)}.${lines.map((l) => ` ${l.label}.`).join('')}`;
  }, [projection, lines]);
  const spots = useMemo(() => {
    const pts: { x: number; y: number }[] = [];
    for (const set of other ? [mine, other] : [mine]) {
      for (const s of SERIES) set[s.key].forEach((v, m) => { if (v !== null) pts.push({ x: x(m), y: y(v) }); });
    }
    // Each placed label becomes an obstacle for the next one.
    return lines.map((l) => {
      const spot = labelSpot(y(l.value), innerWidth, l.label, pts);
      const box = labelBox(spot, l.label);
      for (let px = box.x0; px <= box.x1; px += 8) pts.push({ x: px, y: spot.y - 5 });
      return spot;
    });
  }, [mine, other, lines, x, y, innerWidth]);
  if (width < 40 || innerHeight < 20) return null;

  const m = cursor.index;
  let tooltip: TooltipContent | null = null;
  if (m !== null) {
    const rows: TooltipRow[] = [];
    const sets = [{ set: mine, name: label, dashed: false }];
    if (other) sets.push({ set: other, name: compare!.label, dashed: true });
    for (const { set, name, dashed } of sets) {
      for (const s of SERIES) {
        const info = MONTHLY_INFO[s.key];
        const v = set[s.key][m]!;
        rows.push({ label: other ? `${info.label}, ${name}` : info.label, value: v === null ? '—' : percent(v), title: v === null ? `Not computable: ${info.whyNull}` : undefined, color: s.color, swatch: dashed ? 'dashed' : 'line' });
      }
    }
    tooltip = { x: margin.left + x(m), heading: monthLabel(m, projection.startYear), index: m, rows };
  }
  return (
    <ChartFrame testId="chart-margins-nrr" title={title} description={description} legend={legend} width={width} height={height} cursor={cursor} tooltip={tooltip} source={projectionId(projection)} tooltipTop={margin.top}>
      <Group left={margin.left} top={margin.top}>
        <AxisUnit>Percent</AxisUnit>
        <ValueAxis scale={y} width={innerWidth} kind="percent" />
        {lines.map((l, i) => (
          <g key={l.label}>
            <HLine y={y(l.value)} width={innerWidth} color="var(--chart-target)" dash="2 4" />
            <text className="chart-ref-label" x={spots[i]!.x} y={spots[i]!.y} textAnchor={spots[i]!.anchor} fill="var(--chart-target)">{l.label}</text>
          </g>
        ))}
        {SERIES.map((s) => <SeriesLine key={s.key} series={mine[s.key]} x={x} y={y} color={s.color} />)}
        {other && SERIES.map((s) => <SeriesLine key={s.key} series={other[s.key]} x={x} y={y} color={s.color} dashed />)}
        <ActualsMarker x={x} height={innerHeight} startYear={projection.startYear} />
        <MonthAxis scale={x} top={innerHeight} startYear={projection.startYear} />
        {m !== null && <CursorLine x={x(m)} height={innerHeight} />}
      </Group>
    </ChartFrame>
  );
});
