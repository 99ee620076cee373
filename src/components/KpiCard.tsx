import { memo, useId, useMemo } from 'react';
import { NullFigure } from './Figure';
import { Sparkline, sameSpark } from './Sparkline';
import './kpi-card.css';

export interface KpiFigure {
  /** e.g. "2030" */
  period: string;
  value: number | null;
  /** The value formatted for the card; unused when the value is null. */
  text: string;
}

export interface KpiStatus {
  tone: 'met' | 'missed' | 'unknown';
  /** Short, on the chip: "Missed by 16.7 pts". */
  text: string;
  /** The target itself: "target ≥ 110.0% in 2030". */
  detail: string;
}

export interface KpiCardProps {
  /** Stable key for tests and scripts, e.g. `nrr`. */
  kpi: string;
  label: string;
  /** The headline (usually the last year) first, then the figure it is compared with. */
  headline: KpiFigure;
  from?: KpiFigure;
  whyNull: string;
  spark: ArrayLike<number | null>;
  statuses: readonly KpiStatus[];
  formula: string;
  meaning: string;
  /** Extra line under the figures, e.g. cash's lowest point. */
  note?: string;
}

const sameFigure = (a: KpiFigure | undefined, b: KpiFigure | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.period === b.period && a.value === b.value && a.text === b.text);

const sameStatuses = (a: readonly KpiStatus[], b: readonly KpiStatus[]) =>
  a.length === b.length && a.every((s, i) => s.tone === b[i]!.tone && s.text === b[i]!.text && s.detail === b[i]!.detail);

// Every edit makes a new projection, so the figures arrive as new objects even when they did not
// move; comparing what the card shows lets an unmoved card skip its render and its relayout.
function sameCard(a: KpiCardProps, b: KpiCardProps): boolean {
  return a.kpi === b.kpi && a.label === b.label && a.whyNull === b.whyNull && a.formula === b.formula && a.meaning === b.meaning
    && a.note === b.note && sameSpark(a.spark, b.spark) && sameFigure(a.headline, b.headline) && sameFigure(a.from, b.from)
    && sameStatuses(a.statuses, b.statuses);
}

function Shown({ figure, whyNull, inText = false }: { figure: KpiFigure; whyNull: string; inText?: boolean }) {
  return figure.value === null ? <NullFigure whyNull={whyNull} text={inText ? 'n/a' : '—'} /> : <span className="figure">{figure.text}</span>;
}

/**
 * One KPI: the headline figure, the figure it grew from, a 60-month sparkline and the status of
 * each target on it. Focus or hover shows how it is computed.
 */
export const KpiCard = memo(function KpiCard({ kpi, label, headline, from, whyNull, spark, statuses, formula, meaning, note }: KpiCardProps) {
  const id = useId();
  // The explanation never changes with the figures: the same element is skipped on every edit.
  const how = useMemo(() => (
    <div className="kpi-how" id={`${id}-how`} role="tooltip">
      <span className="kpi-how-title">How it is computed</span>
      <code>{formula}</code>
      <span>{meaning}</span>
    </div>
  ), [id, formula, meaning]);
  return (
    <section className="kpi-card" data-kpi={kpi} aria-labelledby={`${id}-l`} aria-describedby={`${id}-how`} tabIndex={0}>
      <h3 className="kpi-label" id={`${id}-l`}>{label}</h3>
      <p className="kpi-headline" data-period={headline.period} data-value={headline.value ?? ''}>
        <Shown figure={headline} whyNull={whyNull} />
      </p>
      <p className="kpi-from">
        <span className="kpi-period">{headline.period}</span>
        {from && (
          <>
            {' · from '}
            <span data-period={from.period} data-value={from.value ?? ''}><Shown figure={from} whyNull={whyNull} inText /></span>
            {` in ${from.period}`}
          </>
        )}
      </p>
      {note && <p className="kpi-note">{note}</p>}
      <Sparkline series={spark} />
      {statuses.length > 0 && (
        <ul className="kpi-statuses" aria-label="Targets">
          {statuses.map((s) => (
            <li key={s.detail} className={`kpi-status kpi-status-${s.tone}`} data-status={s.tone}>
              <strong>{s.tone === 'met' ? '✓ ' : s.tone === 'missed' ? '✗ ' : '? '}{s.text}</strong> <span>{s.detail}</span>
            </li>
          ))}
        </ul>
      )}
      {how}
    </section>
  );
}, sameCard);
