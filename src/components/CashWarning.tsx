import type { Projection } from '../model/types';
import { useWorkingEvaluation } from '../state/evaluation';
import { cashWarning } from './cash-warning';
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

/** The working scenario's cash warning (the last good projection while a cell is invalid). */
export function WorkingCashWarning({ className }: { className?: string }) {
  // The Model view renders before a scenario with problems has figures of its own: no warning then.
  const { shown } = useWorkingEvaluation();
  if (!shown) return null;
  return <CashWarning projection={shown.projection} currency={shown.scenario.currency} className={className} />;
}
