import type { Projection } from '../model/types';
import { useWorkingEvaluation } from '../state/evaluation';
import { cashHolds, cashWarning } from './cash-warning';
import './cash-warning.css';

/**
 * The banner at the top of every view of a projection whose cash goes below zero: in words, in
 * the theme's warning colours, announced once when it appears. Nothing when cash stays positive.
 */
export function CashWarning({ projection, currency, className = '' }: { projection: Projection; currency: string; className?: string }) {
  const text = cashWarning(projection.summary, projection.startYear, currency);
  if (text === null) return null;
  return (
    <p className={`cash-warning ${className}`} role="alert" data-testid="cash-out-banner">
      <span className="cash-warning-mark" aria-hidden="true">!</span>
      <strong>{text}</strong>
    </p>
  );
}

/**
 * The Model view's cash line (the last good projection while a cell is invalid): the warning when
 * cash runs out, else a quiet line with the lowest cash. The place keeps one height either way, so
 * the grid below never jumps while the planner types an edit that runs the cash out.
 */
export function WorkingCashLine() {
  const { shown } = useWorkingEvaluation();
  const holds = shown && shown.projection.summary.cashOutMonth === null
    ? cashHolds(shown.projection.summary, shown.projection.startYear, shown.projection.years.length * 12, shown.scenario.currency)
    : null;
  return (
    <div className="cash-line">
      {/* The Model view renders before a scenario with problems has figures of its own: an empty line then. */}
      {shown && (holds === null
        ? <CashWarning projection={shown.projection} currency={shown.scenario.currency} />
        : <p className="cash-holds" data-testid="cash-holds"><span className="cash-holds-mark" aria-hidden="true">✓</span>{holds}</p>)}
    </div>
  );
}
