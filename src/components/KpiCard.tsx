import { memo, useId, type ReactNode } from 'react';
import { Figure } from './Figure';
import { Sparkline } from './Sparkline';
import './kpi-card.css';

export interface KpiFigure {
  /** e.g. "2030" */
  period: string;
  value: number | null;
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
  format: (x: number) => string;
  whyNull: string;
  spark: ArrayLike<number | null>;
  statuses: readonly KpiStatus[];
  formula: string;
  meaning: string;
  /** Extra line under the figures, e.g. cash's lowest point. */
  note?: ReactNode;
}

/**
 * One KPI: the headline figure, the figure it grew from, a 60-month sparkline and the status of
 * each target on it. Focus or hover shows how it is computed.
 */
export const KpiCard = memo(function KpiCard({ kpi, label, headline, from, format, whyNull, spark, statuses, formula, meaning, note }: KpiCardProps) {
  const id = useId();
  return (
    <section className="kpi-card" data-kpi={kpi} aria-labelledby={`${id}-l`} aria-describedby={`${id}-how`} tabIndex={0}>
      <h3 className="kpi-label" id={`${id}-l`}>{label}</h3>
      <p className="kpi-headline" data-period={headline.period} data-value={headline.value ?? ''}>
        <Figure value={headline.value} format={format} whyNull={whyNull} />
      </p>
      <p className="kpi-from">
        <span className="kpi-period">{headline.period}</span>
        {from && (
          <>
            {' · from '}
            <span data-period={from.period} data-value={from.value ?? ''}><Figure value={from.value} format={format} whyNull={whyNull} /></span>
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
      <div className="kpi-how" id={`${id}-how`} role="tooltip">
        <span className="kpi-how-title">How it is computed</span>
        <code>{formula}</code>
        <span>{meaning}</span>
      </div>
    </section>
  );
});
