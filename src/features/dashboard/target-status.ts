import type { KpiStatus } from '../../components/KpiCard';
import { formatGap, formatPrecise, type Kind } from '../../components/charts/metrics';
import { count, money, percent } from '../../components/format';
import { targetGap } from '../../model/targets';
import type { Target, TargetResult } from '../../model/types';

/** A bound as a planner writes it: 110% rather than 110.0%, $667 rather than $667.00. */
export function formatBound(kind: Kind, x: number, currency: string): string {
  const whole = (v: number) => Math.abs(v - Math.round(v)) < 1e-9;
  if (kind === 'rate') return percent(x, whole(x * 100) ? 0 : 1);
  if (kind === 'unitMoney') return money(x, currency, whole(x) ? 0 : 2);
  if (kind === 'count') return count(x, whole(x) ? 0 : 1);
  return formatPrecise(kind, x, currency);
}

/** "≥ 110%", "≤ 12.0 mo", "between 80% and 95%". */
export function boundText(t: Pick<Target, 'min' | 'max'>, kind: Kind, currency: string): string {
  const min = t.min === undefined ? null : formatBound(kind, t.min, currency);
  const max = t.max === undefined ? null : formatBound(kind, t.max, currency);
  if (min !== null && max !== null) return `between ${min} and ${max}`;
  if (min !== null) return `≥ ${min}`;
  return `≤ ${max ?? '?'}`;
}

/** A target's status for a card or the targets table: met, missed by how much, or not computable and why. */
export function targetStatus(t: TargetResult, kind: Kind, currency: string, whyNull: string): KpiStatus {
  const detail = `target ${boundText(t, kind, currency)} in ${t.year}`;
  if (t.met === null) return { tone: 'unknown', text: 'Not computable', detail: `${detail}: ${whyNull}` };
  if (t.met) return { tone: 'met', text: 'Met', detail };
  const gap = targetGap(t, t.value);
  return { tone: 'missed', text: `Missed by ${gap === null ? '?' : formatGap(kind, gap, currency)}`, detail };
}
