import { ANNUAL_INFO, formatGap, formatPrecise, metricInfo, type Kind, type PlanRef } from '../../components/charts/metrics';
import { targetGap } from '../../model/targets';
import type { AnnualFigure, TargetResult } from '../../model/types';

/** The figures of the first slide: what a board asks about first. */
export const HEADLINE_FIGURES: readonly AnnualFigure[] = ['arr', 'endingCustomers', 'nrr', 'grossMargin', 'cacPaybackMonths', 'endingCash'];

export interface TargetChip {
  tone: 'met' | 'missed' | 'unknown';
  /** "✓ Met: ≥ $5,000,000 in 2030" */
  text: string;
}

function bound(t: TargetResult, kind: Kind, currency: string): string {
  const f = (x: number) => formatPrecise(kind, x, currency);
  if (t.min !== undefined && t.max !== undefined) return `between ${f(t.min)} and ${f(t.max)}`;
  return t.min !== undefined ? `≥ ${f(t.min)}` : `≤ ${f(t.max ?? 0)}`;
}

/** A target's status in words (never colour alone): met, missed by how much, or not computable. */
export function targetChip(t: TargetResult, plans: readonly PlanRef[], currency: string): TargetChip {
  const info = metricInfo(t.metric, plans);
  const what = `${bound(t, info.kind, currency)} in ${t.year}`;
  if (t.met === null) return { tone: 'unknown', text: `? Not computable: ${what}` };
  if (t.met) return { tone: 'met', text: `✓ Met: ${what}` };
  const gap = targetGap(t, t.value);
  return { tone: 'missed', text: `✗ Missed by ${gap === null ? '?' : formatGap(info.kind, gap, currency)}: ${what}` };
}

/** The label and unit of an annual figure, as everywhere else in the app. */
export const figureInfo = (key: AnnualFigure) => ANNUAL_INFO[key];
