import { Group } from '@visx/group';
import { memo, useMemo } from 'react';
import { monthLabel } from '../format';
import { projectionId } from '../projection-id';
import { AxisUnit, CursorLine, HLine, MonthAxis, ValueAxis } from './chart-axes';
import { ActualsMarker } from './last-actual';
import { ChartFrame, type TooltipContent, type TooltipRow } from './ChartFrame';
import type { LegendEntry } from './Legend';
import { MONTHLY_INFO, formatPrecise } from './metrics';
import { extent } from './series';
import { useLinearScale } from './scales';
import { SeriesLine } from './SeriesLine';
import type { ChartProps } from './types';
import { useMonthPlot } from './useMonthPlot';

const margin = { top: 34, right: 20, bottom: 34, left: 72 };
const GAP = 44;
const PAYBACK_GOAL = 12;

const SERIES = [
  { key: 'arpu', color: 'var(--chart-1)' },
  { key: 'cac', color: 'var(--chart-6)' },
  { key: 'cacPaybackMonths', color: 'var(--chart-3)' },
] as const;

function row(label: string, value: number | null, kind: 'unit' | 'months', currency: string, whyNull: string, color: string, dashed: boolean): TooltipRow {
  return { label, value: value === null ? '—' : formatPrecise(kind, value, currency), title: value === null ? `Not computable: ${whyNull}` : undefined, color, swatch: dashed ? 'dashed' : 'line' };
}

/** 3. Unit economics over 60 months: ARPU and CAC above, CAC payback with the 12-month line below. */
export const UnitEconomicsChart = memo(function UnitEconomicsChart({ width, height, projection, currency, compare, label = 'This scenario', title = 'Unit economics' }: ChartProps) {
  const { innerWidth, innerHeight, x, cursor } = useMonthPlot(width, height, margin);
  const panel = Math.max(0, (innerHeight - GAP) / 2);
  const mine = projection.monthly;
  const other = compare?.projection.monthly;
  const [moneyLo, moneyHi] = useMemo(() => extent(other ? [mine.arpu, mine.cac, other.arpu, other.cac] : [mine.arpu, mine.cac]), [mine, other]);
  const yMoney = useLinearScale(moneyLo, moneyHi, panel, 0);
  const monthsHi = useMemo(() => extent(other ? [mine.cacPaybackMonths, other.cacPaybackMonths] : [mine.cacPaybackMonths])[1], [mine, other]);
  const yMonths = useLinearScale(0, Math.max(monthsHi, PAYBACK_GOAL * 1.25), panel, 0);
  const legend = useMemo<LegendEntry[]>(() => [
    ...SERIES.map((s) => ({ label: MONTHLY_INFO[s.key].label, color: s.color, swatch: 'line' as const })),
    { label: `${PAYBACK_GOAL}-month payback`, color: 'var(--chart-target)', swatch: 'target' as const },
    ...(compare ? [{ label: `Dashed: ${compare.label}`, color: 'var(--chart-compare)', swatch: 'dashed' as const }] : []),
  ], [compare]);
  const description = useMemo(() => {
    const last = projection.years[projection.years.length - 1]!;
    const fmt = (v: number | null, kind: 'unit' | 'months') => (v === null ? 'not computable' : formatPrecise(kind, v, currency));
    return `Blended ARPU, paid CAC and CAC payback per month. In ${last.year}: ARPU ${fmt(last.arpu, 'unit')}, CAC ${fmt(last.cac, 'unit')}, payback ${fmt(last.cacPaybackMonths, 'months')} against a ${PAYBACK_GOAL}-month goal.`;
  }, [projection, currency]);
  if (width < 40 || panel < 20) return null;

  const m = cursor.index;
  let tooltip: TooltipContent | null = null;
  if (m !== null) {
    const rows: TooltipRow[] = [];
    const sets = [{ set: mine, name: label, dashed: false }];
    if (other) sets.push({ set: other, name: compare!.label, dashed: true });
    for (const { set, name, dashed } of sets) {
      for (const s of SERIES) {
        const info = MONTHLY_INFO[s.key];
        rows.push(row(other ? `${info.label}, ${name}` : info.label, set[s.key][m]!, s.key === 'cacPaybackMonths' ? 'months' : 'unit', currency, info.whyNull, s.color, dashed));
      }
    }
    tooltip = { x: margin.left + x(m), heading: monthLabel(m, projection.startYear), index: m, rows };
  }
  return (
    <ChartFrame testId="chart-unit-economics" title={title} description={description} legend={legend} width={width} height={height} cursor={cursor} tooltip={tooltip} source={projectionId(projection)} tooltipTop={margin.top}>
      <Group left={margin.left} top={margin.top}>
        <AxisUnit>{`ARPU and CAC (${currency})`}</AxisUnit>
        <ValueAxis scale={yMoney} width={innerWidth} kind="money" currency={currency} ticks={4} />
        <SeriesLine series={mine.arpu} x={x} y={yMoney} color={SERIES[0].color} />
        <SeriesLine series={mine.cac} x={x} y={yMoney} color={SERIES[1].color} />
        {other && <SeriesLine series={other.arpu} x={x} y={yMoney} color={SERIES[0].color} dashed />}
        {other && <SeriesLine series={other.cac} x={x} y={yMoney} color={SERIES[1].color} dashed />}
        <ActualsMarker x={x} height={panel} startYear={projection.startYear} labelled={false} />
        {m !== null && <CursorLine x={x(m)} height={innerHeight} />}
      </Group>
      <Group left={margin.left} top={margin.top + panel + GAP}>
        <AxisUnit>CAC payback (months)</AxisUnit>
        <ValueAxis scale={yMonths} width={innerWidth} kind="number" ticks={4} />
        <HLine y={yMonths(PAYBACK_GOAL)} width={innerWidth} color="var(--chart-target)" dash="2 4" label={`${PAYBACK_GOAL}-month payback`} />
        <SeriesLine series={mine.cacPaybackMonths} x={x} y={yMonths} color={SERIES[2].color} />
        {other && <SeriesLine series={other.cacPaybackMonths} x={x} y={yMonths} color={SERIES[2].color} dashed />}
        <ActualsMarker x={x} height={panel} startYear={projection.startYear} />
        <MonthAxis scale={x} top={panel} startYear={projection.startYear} />
      </Group>
    </ChartFrame>
  );
});
