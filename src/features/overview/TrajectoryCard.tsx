import { lazy, memo, Suspense } from 'react';
import { Figure } from '../../components/Figure';
import { formatPrecise } from '../../components/charts/metrics';
import type { YearPoint } from '../../components/charts/YearTrendChart';
import { monthLabel } from '../../components/format';
import { targetStatus } from '../../components/target-status';
import type { MonthlyKpi, Projection, TargetResult } from '../../model/types';
import { panelFigure, type PanelFigure } from './figures';
import { moveMark, movedProps } from './moved';

// The small charts load after the first screen: visx's shapes and axes stay out of the initial
// JavaScript (the figures beside them are there at once).
const TrendChartBox = lazy(() => import('./TrendChartBox'));

interface Props {
  figureKey: MonthlyKpi & ('arpu' | 'cac' | 'cacPaybackMonths' | 'grossMargin' | 'nrr' | 'ltvToCac');
  projection: Projection;
  before: Projection | null;
  targets: readonly TargetResult[];
  currency: string;
  /** Draw the year-by-year chart (the four unit economics); the ratios show figures only. */
  chart: boolean;
}

/** The target the card measures against: the last year's, else the latest one set. */
function targetFor(targets: readonly TargetResult[], key: string): TargetResult | undefined {
  return targets.filter((t) => t.metric === key).sort((a, b) => b.year - a.year)[0];
}

function Status({ target, figure, currency }: { target: TargetResult | undefined; figure: PanelFigure; currency: string }) {
  if (!target) return <span className="trajectory-status">No target</span>;
  const s = targetStatus(target, figure.kind, currency, figure.entry.whyNull ?? '');
  return (
    <span className="trajectory-status" data-status={s.tone} title={s.detail}>
      {s.tone === 'met' ? '✓ ' : s.tone === 'missed' ? '✗ ' : ''}{s.text} <span className="trajectory-detail">{s.detail}</span>
    </span>
  );
}

/** One figure year by year: its status against its target, a small chart with the target line, the figures. */
// Memoised, as HeadlineTable: an edit's urgent render skips the cards until the deferred figures come.
export const TrajectoryCard = memo(function TrajectoryCard({ figureKey, projection, before, targets, currency, chart }: Props) {
  const figure = panelFigure(figureKey);
  const { entry, kind } = figure;
  const target = targetFor(targets, figureKey);
  const bound = target?.min ?? target?.max;
  const format = (x: number) => formatPrecise(kind, x, currency);
  const years = projection.years;
  const marks = years.map((y, i) => (before ? moveMark(before.years[i]![figureKey], y[figureKey]) : ''));
  const points: YearPoint[] = years.map((y, i) => ({ year: y.year, value: y[figureKey], moved: marks[i] !== '' }));
  const last = years.length - 1;
  const whyNull = entry.whyNull ?? '';
  return (
    <article className="trajectory" data-figure={figureKey} aria-label={entry.label}>
      <header className="trajectory-head">
        <h4 title={entry.explanation}>{entry.label}</h4>
        <Status target={target} figure={figure} currency={currency} />
      </header>
      {chart && (
        <Suspense fallback={<div className="trajectory-chart" />}>
          <TrendChartBox
            points={points} kind={figure.axis} currency={currency} target={bound}
            label={`${entry.label} by year${bound === undefined ? '' : `, with its ${target!.year} target`}`}
          />
        </Suspense>
      )}
      <table className="kpi-table trajectory-table">
        <thead>
          <tr>
            <th scope="col">{monthLabel(0, projection.startYear)}</th>
            {years.map((y) => <th key={y.year} scope="col">{y.year}</th>)}
          </tr>
        </thead>
        <tbody>
          <tr data-kpi={entry.label}>
            <td data-period="month0"><Figure value={projection.monthly[figureKey][0]!} format={format} whyNull={whyNull} /></td>
            {years.map((y, i) => (
              <td key={y.year} data-year={y.year} data-period={i === 0 ? 'first-year' : i === last ? 'last-year' : String(y.year)} {...movedProps(marks[i]!)}>
                <Figure value={y[figureKey]} format={format} whyNull={whyNull} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </article>
  );
});
