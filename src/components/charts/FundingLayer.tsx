import { Line } from '@visx/shape';
import { monthLabel } from '../format';
import type { FundingMarks } from './funding-marks';
import type { LegendEntry } from './Legend';
import { formatCompact } from './metrics';
import type { LinearScale } from './types';

const ROUND = 'var(--chart-2)';
const BAD = 'var(--chart-bad)';

/** The legend entries of the funding marks. */
export function fundingLegend(marks: FundingMarks | null | undefined): LegendEntry[] {
  if (!marks) return [];
  return [
    { label: 'Funding round', color: ROUND, swatch: 'line' },
    ...(marks.cashOutWithout !== null ? [{ label: 'Cash out without funding', color: BAD, swatch: 'target' as const }] : []),
  ];
}

/** The funding in words, for the chart's description and the slide. */
export function fundingSentence(marks: FundingMarks | null | undefined, startYear: number, currency: string): string {
  if (!marks) return '';
  const rounds = marks.rounds.map((r) => `${r.name} ${formatCompact('money', r.amount, currency)} in ${monthLabel(r.month, startYear)}`).join('; ');
  const without = marks.cashOutWithout === null ? 'Without funding the cash would still last.' : `Without funding the cash would run out in ${monthLabel(marks.cashOutWithout, startYear)}.`;
  return `Funding: ${rounds}. ${without}`;
}

interface Props {
  marks: FundingMarks;
  x: LinearScale;
  y: LinearScale;
  cash: ArrayLike<number>;
  /** The cash panel's height. */
  height: number;
  startYear: number;
  currency: string;
}

/** Drawn on the cash panel: a marker where each round lands on the cash line, and the month cash would run out without funding. */
export function FundingLayer({ marks, x, y, cash, height, startYear, currency }: Props) {
  const out = marks.cashOutWithout;
  return (
    <g data-testid="funding-marks">
      {out !== null && (
        <g data-testid="cash-out-without-funding" data-month={out}>
          <Line from={{ x: x(out), y: 0 }} to={{ x: x(out), y: height }} stroke={BAD} strokeWidth={2} strokeDasharray="2 3" />
          <text className="chart-ref-label" x={x(out) + 6} y={height - 6} fill={BAD}>{`Without funding: out ${monthLabel(out, startYear)}`}</text>
        </g>
      )}
      {marks.rounds.map((r, i) => {
        const cx = x(r.month);
        const cy = y(cash[r.month]!);
        return (
          <g key={i} data-testid="funding-round-mark" data-month={r.month}>
            <title>{`${r.name}: ${formatCompact('money', r.amount, currency)} in ${monthLabel(r.month, startYear)}`}</title>
            <Line from={{ x: cx, y: cy }} to={{ x: cx, y: 16 + (i % 2) * 16 }} stroke={ROUND} strokeWidth={1.5} />
            <path d={`M ${cx} ${cy - 2} l -6 10 h 12 z`} fill={ROUND} />
            <text className="chart-ref-label" x={cx + 4} y={12 + (i % 2) * 16} fill="var(--chart-text)">{`${r.name} ${formatCompact('money', r.amount, currency)}`}</text>
          </g>
        );
      })}
    </g>
  );
}
