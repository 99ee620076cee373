import { Group } from '@visx/group';
import { Bar, Line } from '@visx/shape';
import { memo, useMemo } from 'react';
import { monthLabel } from '../format';
import { projectionId } from '../projection-id';
import { AxisUnit, CursorLine, HLine, MonthAxis, ValueAxis } from './chart-axes';
import { ActualsMarker } from './last-actual';
import { ChartFrame, type TooltipContent, type TooltipRow } from './ChartFrame';
import { FundingLayer, fundingLegend, fundingSentence } from './FundingLayer';
import type { FundingMarks } from './funding-marks';
import { freeSpot, type Box } from './label-spot';
import type { LegendEntry } from './Legend';
import { formatPrecise } from './metrics';
import { useLinearScale } from './scales';
import { extent, MONTH_INDEXES } from './series';
import { SeriesLine } from './SeriesLine';
import type { ChartProps, LinearScale } from './types';
import { useMonthPlot } from './useMonthPlot';

const margin = { top: 34, right: 20, bottom: 34, left: 76 };
const GAP = 44;
const UP = 'var(--chart-3)';
const DOWN = 'var(--chart-6)';

/** "Cash runs out in Sep 2028 (month 32)", or null when cash never goes below zero. */
export function cashOutText(projection: ChartProps['projection'], currency: string, who?: string): string | null {
  const { cashOutMonth, lowestCash, lowestCashMonth } = projection.summary;
  if (cashOutMonth === null) return null;
  return `${who ? `${who}: c` : 'C'}ash runs out in ${monthLabel(cashOutMonth, projection.startYear)} (month ${cashOutMonth}); its lowest point is ${formatPrecise('money', lowestCash, currency)} in ${monthLabel(lowestCashMonth, projection.startYear)}.`;
}

interface BarBox extends Box { m: number; up: boolean }

/** Each month's EBITDA bar, inside its month's slot and between the value and zero. */
function ebitdaBars(ebitda: ArrayLike<number>, x: LinearScale, y: LinearScale): BarBox[] {
  const slot = x(1) - x(0);
  const w = Math.max(1, slot * 0.8);
  const zero = y(0);
  return MONTH_INDEXES.map((m) => {
    const v = ebitda[m]!;
    const top = Math.min(y(v), zero);
    return { m, up: v >= 0, x0: x(m) - w / 2, x1: x(m) + w / 2, y0: top, y1: Math.max(y(v), zero) };
  });
}

/** Beside the break-even line, above zero: left of it first (the bars there are mostly below zero), on no bar. */
function breakEvenSpot(bx: number, zeroY: number, text: string, bars: readonly Box[]) {
  const high = 14;
  const low = Math.max(high, zeroY - 8);
  return freeSpot([
    { x: bx - 6, y: low, anchor: 'end' }, { x: bx - 6, y: high, anchor: 'end' },
    { x: bx + 6, y: high, anchor: 'start' }, { x: bx - 6, y: zeroY + 20, anchor: 'end' },
  ], text, bars);
}

/** 6. Cash at month end above, EBITDA per month below, with the zero line and a warning when cash runs out. */
export const CashChart = memo(function CashChart({ width, height, projection, currency, compare, label = 'This scenario', title = 'Cash and EBITDA', funding }: ChartProps & { funding?: FundingMarks | null }) {
  const { innerWidth, innerHeight, x, cursor } = useMonthPlot(width, height, margin, true);
  const panel = Math.max(0, (innerHeight - GAP) / 2);
  const mine = projection.monthly;
  const other = compare?.projection.monthly;
  const [cashLo, cashHi] = useMemo(() => extent(other ? [mine.cash, other.cash] : [mine.cash]), [mine, other]);
  const [ebitdaLo, ebitdaHi] = useMemo(() => extent(other ? [mine.ebitda, other.ebitda] : [mine.ebitda]), [mine, other]);
  const yCash = useLinearScale(cashLo, cashHi, panel, 0);
  const yEbitda = useLinearScale(ebitdaLo, ebitdaHi, panel, 0);
  const bars = useMemo(() => ebitdaBars(mine.ebitda, x, yEbitda), [mine, x, yEbitda]);
  const { cashOutMonth, breakEvenMonth } = projection.summary;
  const warning = cashOutText(projection, currency);
  const otherWarning = compare ? cashOutText(compare.projection, currency, compare.label) : null;
  const legend = useMemo<LegendEntry[]>(() => [
    { label: 'Cash at month end', color: 'var(--chart-1)', swatch: 'line' },
    { label: 'EBITDA ≥ 0', color: UP, swatch: 'area' },
    { label: 'EBITDA < 0', color: DOWN, swatch: 'area' },
    ...fundingLegend(funding),
    ...(compare ? [{ label: `Dashed: ${compare.label}`, color: 'var(--chart-compare)', swatch: 'dashed' as const }] : []),
  ], [compare, funding]);
  const description = useMemo(() => {
    const be = breakEvenMonth === null ? 'EBITDA does not stay positive by the last month.' : `EBITDA stays positive from ${monthLabel(breakEvenMonth, projection.startYear)}.`;
    const rounds = funding ? ` ${fundingSentence(funding, projection.startYear, currency)}` : '';
    return `Cash at the end of each month and monthly EBITDA. ${warning ?? 'Cash stays above zero.'} ${be}${rounds}`;
  }, [warning, breakEvenMonth, projection.startYear, funding, currency]);
  if (width < 40 || panel < 20) return null;

  const m = cursor.index;
  let tooltip: TooltipContent | null = null;
  if (m !== null) {
    const rows: TooltipRow[] = [
      { label: compare ? `Cash, ${label}` : 'Cash', value: formatPrecise('money', mine.cash[m]!, currency), color: 'var(--chart-1)', swatch: 'line' },
      { label: compare ? `EBITDA, ${label}` : 'EBITDA', value: formatPrecise('money', mine.ebitda[m]!, currency), color: mine.ebitda[m]! >= 0 ? UP : DOWN },
    ];
    if (mine.financing[m]! > 0) rows.push({ label: 'Funding', value: formatPrecise('money', mine.financing[m]!, currency), color: 'var(--chart-2)' });
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
  const breakEven = breakEvenMonth === null ? null : `Break-even ${monthLabel(breakEvenMonth, projection.startYear)}`;
  const beSpot = breakEvenMonth === null ? null : breakEvenSpot(x(breakEvenMonth), yEbitda(0), breakEven!, bars);
  return (
    <ChartFrame testId="chart-cash" title={title} description={description} legend={legend} width={width} height={height} cursor={cursor} tooltip={tooltip} notice={notice} source={projectionId(projection)} tooltipTop={margin.top}>
      <Group left={margin.left} top={margin.top}>
        <AxisUnit>{`Cash (${currency})`}</AxisUnit>
        <ValueAxis scale={yCash} width={innerWidth} kind="money" currency={currency} ticks={4} />
        <HLine y={yCash(0)} width={innerWidth} color="var(--chart-zero)" />
        {cashOutMonth !== null && (
          <g>
            <Line from={{ x: x(cashOutMonth), y: 0 }} to={{ x: x(cashOutMonth), y: panel }} stroke="var(--chart-bad)" strokeWidth={2} />
            <text className="chart-ref-label" x={x(cashOutMonth) + 6} y={14} fill="var(--chart-bad)">{`Cash runs out ${monthLabel(cashOutMonth, projection.startYear)}`}</text>
          </g>
        )}
        <SeriesLine series={mine.cash} x={x} y={yCash} color="var(--chart-1)" strokeWidth={3} />
        {funding && <FundingLayer marks={funding} x={x} y={yCash} cash={mine.cash} height={panel} startYear={projection.startYear} currency={currency} />}
        {other && <SeriesLine series={other.cash} x={x} y={yCash} color="var(--chart-compare)" dashed />}
        <ActualsMarker x={x} height={panel} startYear={projection.startYear} labelled={false} />
        {m !== null && <CursorLine x={x(m)} height={innerHeight} />}
      </Group>
      <Group left={margin.left} top={margin.top + panel + GAP}>
        <AxisUnit>{`EBITDA per month (${currency})`}</AxisUnit>
        <ValueAxis scale={yEbitda} width={innerWidth} kind="money" currency={currency} ticks={4} />
        {bars.map((b) => <Bar key={b.m} x={b.x0} y={b.y0} width={b.x1 - b.x0} height={b.y1 - b.y0} fill={b.up ? UP : DOWN} />)}
        {other && <SeriesLine series={other.ebitda} x={x} y={yEbitda} color="var(--chart-compare)" dashed strokeWidth={2} />}
        <HLine y={yEbitda(0)} width={innerWidth} color="var(--chart-zero)" />
        {beSpot && (
          <g>
            <Line from={{ x: x(breakEvenMonth!), y: 0 }} to={{ x: x(breakEvenMonth!), y: panel }} stroke="var(--chart-text)" strokeDasharray="2 3" />
            <text className="chart-ref-label" x={beSpot.x} y={beSpot.y} textAnchor={beSpot.anchor} fill="var(--chart-text)">{breakEven}</text>
          </g>
        )}
        <ActualsMarker x={x} height={panel} startYear={projection.startYear} />
        <MonthAxis scale={x} top={panel} startYear={projection.startYear} />
      </Group>
    </ChartFrame>
  );
});
