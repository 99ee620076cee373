import { Group } from '@visx/group';
import { memo, useMemo } from 'react';
import { monthLabel } from '../format';
import { AxisUnit, CursorLine, HLine, ValueAxis, YearAxis } from './axes';
import { ChartFrame, type TooltipContent, type TooltipRow } from './ChartFrame';
import type { LegendEntry } from './Legend';
import { formatPrecise } from './metrics';
import { rectsPath, type Rect } from './paths';
import { useLinearScale } from './scales';
import { extent } from './series';
import { SeriesLine } from './SeriesLine';
import type { ChartProps } from './types';
import { useMonthPlot } from './useMonthPlot';

const margin = { top: 34, right: 20, bottom: 34, left: 76 };
const GAP = 44;

/** "Cash runs out in Sep 2028 (month 32)", or null when cash never goes below zero. */
export function cashOutText(projection: ChartProps['projection'], currency: string, who?: string): string | null {
  const { cashOutMonth, lowestCash, lowestCashMonth } = projection.summary;
  if (cashOutMonth === null) return null;
  return `${who ? `${who}: c` : 'C'}ash runs out in ${monthLabel(cashOutMonth, projection.startYear)} (month ${cashOutMonth}); its lowest point is ${formatPrecise('money', lowestCash, currency)} in ${monthLabel(lowestCashMonth, projection.startYear)}.`;
}

/** 6. Cash at month end above, EBITDA per month below, with the zero line and a warning when cash runs out. */
export const CashChart = memo(function CashChart({ width, height, projection, currency, compare, label = 'This scenario', title = 'Cash and EBITDA' }: ChartProps) {
  const { innerWidth, innerHeight, x, cursor } = useMonthPlot(width, height, margin);
  const panel = Math.max(0, (innerHeight - GAP) / 2);
  const mine = projection.monthly;
  const other = compare?.projection.monthly;
  const [cashLo, cashHi] = useMemo(() => extent(other ? [mine.cash, other.cash] : [mine.cash]), [mine, other]);
  const [ebitdaLo, ebitdaHi] = useMemo(() => extent(other ? [mine.ebitda, other.ebitda] : [mine.ebitda]), [mine, other]);
  const yCash = useLinearScale(cashLo, cashHi, panel, 0);
  const yEbitda = useLinearScale(ebitdaLo, ebitdaHi, panel, 0);
  const bars = useMemo(() => {
    const width = Math.max(1, innerWidth / 60 - 1.5);
    const up: Rect[] = [];
    const down: Rect[] = [];
    mine.ebitda.forEach((v, m) => {
      const rect = { x: x(m) - width / 2, width, y: yEbitda(Math.max(0, v)), height: Math.abs(yEbitda(v) - yEbitda(0)) };
      (v >= 0 ? up : down).push(rect);
    });
    return { up: rectsPath(up), down: rectsPath(down) };
  }, [mine, x, yEbitda, innerWidth]);
  const { cashOutMonth, breakEvenMonth } = projection.summary;
  const warning = cashOutText(projection, currency);
  const otherWarning = compare ? cashOutText(compare.projection, currency, compare.label) : null;
  const legend = useMemo<LegendEntry[]>(() => [
    { label: 'Cash at month end', color: 'var(--chart-1)', swatch: 'line' },
    { label: 'EBITDA ≥ 0', color: 'var(--chart-3)', swatch: 'area' },
    { label: 'EBITDA < 0', color: 'var(--chart-6)', swatch: 'area' },
    ...(compare ? [{ label: `Dashed: ${compare.label}`, color: 'var(--chart-compare)', swatch: 'dashed' as const }] : []),
  ], [compare]);
  const description = useMemo(() => {
    const be = breakEvenMonth === null ? 'EBITDA does not stay positive by the last month.' : `EBITDA stays positive from ${monthLabel(breakEvenMonth, projection.startYear)}.`;
    return `Cash at the end of each month and monthly EBITDA. ${warning ?? 'Cash stays above zero.'} ${be}`;
  }, [warning, breakEvenMonth, projection.startYear]);
  if (width < 40 || panel < 20) return null;

  const m = cursor.index;
  let tooltip: TooltipContent | null = null;
  if (m !== null) {
    const rows: TooltipRow[] = [
      { label: compare ? `Cash, ${label}` : 'Cash', value: formatPrecise('money', mine.cash[m]!, currency), color: 'var(--chart-1)', swatch: 'line' },
      { label: compare ? `EBITDA, ${label}` : 'EBITDA', value: formatPrecise('money', mine.ebitda[m]!, currency), color: mine.ebitda[m]! >= 0 ? 'var(--chart-3)' : 'var(--chart-6)' },
    ];
    if (other) {
      rows.push(
        { label: `Cash, ${compare!.label}`, value: formatPrecise('money', other.cash[m]!, currency), color: 'var(--chart-compare)', swatch: 'dashed' },
        { label: `EBITDA, ${compare!.label}`, value: formatPrecise('money', other.ebitda[m]!, currency), color: 'var(--chart-compare)', swatch: 'dashed' },
      );
    }
    tooltip = { x: margin.left + x(m), heading: monthLabel(m, projection.startYear), index: m, rows };
  }
  const notice = (warning || otherWarning) && (
    <div data-testid="cash-warning">
      {warning && <p className="chart-warning">⚠ {warning}</p>}
      {otherWarning && <p className="chart-warning">⚠ {otherWarning}</p>}
    </div>
  );
  return (
    <ChartFrame testId="chart-cash" title={title} description={description} legend={legend} width={width} height={height} cursor={cursor} tooltip={tooltip} notice={notice}>
      <Group left={margin.left} top={margin.top}>
        <AxisUnit>{`Cash (${currency})`}</AxisUnit>
        <ValueAxis scale={yCash} width={innerWidth} kind="money" currency={currency} ticks={4} />
        <HLine y={yCash(0)} width={innerWidth} color="var(--chart-zero)" />
        {cashOutMonth !== null && (
          <g>
            <line x1={x(cashOutMonth)} x2={x(cashOutMonth)} y1={0} y2={panel} stroke="var(--chart-bad)" strokeWidth={2} />
            <text className="chart-ref-label" x={x(cashOutMonth) + 6} y={14} fill="var(--chart-bad)">{`Cash runs out ${monthLabel(cashOutMonth, projection.startYear)}`}</text>
          </g>
        )}
        <SeriesLine series={mine.cash} x={x} y={yCash} color="var(--chart-1)" strokeWidth={3} />
        {other && <SeriesLine series={other.cash} x={x} y={yCash} color="var(--chart-compare)" dashed />}
        {m !== null && <CursorLine x={x(m)} height={innerHeight} />}
      </Group>
      <Group left={margin.left} top={margin.top + panel + GAP}>
        <AxisUnit>{`EBITDA per month (${currency})`}</AxisUnit>
        <ValueAxis scale={yEbitda} width={innerWidth} kind="money" currency={currency} ticks={4} />
        <path d={bars.up} fill="var(--chart-3)" />
        <path d={bars.down} fill="var(--chart-6)" />
        {other && <SeriesLine series={other.ebitda} x={x} y={yEbitda} color="var(--chart-compare)" dashed strokeWidth={2} />}
        <HLine y={yEbitda(0)} width={innerWidth} color="var(--chart-zero)" />
        {breakEvenMonth !== null && (
          // Left of the break-even month the bars are negative, so the space above zero is free.
          <g>
            <line x1={x(breakEvenMonth)} x2={x(breakEvenMonth)} y1={0} y2={panel} stroke="var(--chart-text)" strokeDasharray="2 3" />
            <text className="chart-ref-label" x={x(breakEvenMonth) - 6} y={Math.max(14, yEbitda(0) - 8)} textAnchor="end" fill="var(--chart-text)">{`Break-even ${monthLabel(breakEvenMonth, projection.startYear)}`}</text>
          </g>
        )}
        <YearAxis scale={x} top={panel} startYear={projection.startYear} />
      </Group>
    </ChartFrame>
  );
});
