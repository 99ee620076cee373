import { ANNUAL_INFO, metricInfo, type Kind, type PlanRef } from '../../components/charts/metrics';
import { DRIVER_LABELS, planPlace } from '../../model/places';
import { ANNUAL_FIGURES, DRIVER_KEYS, PLAN_ROW_KEYS, type Target } from '../../model/types';

// The target editor's conversions: rates are typed as percent (9 means 9 %), everything else in
// its own unit; the scenario keeps fractions (MODEL.md: rates are fractions).

export interface MetricOption { value: string; label: string }
export interface MetricGroup { label: string; options: MetricOption[] }

/** Every metric a target may name, with friendly names: annual outputs, drivers, plan rows. */
export function metricGroups(plans: readonly PlanRef[]): MetricGroup[] {
  return [
    { label: 'Annual figures', options: ANNUAL_FIGURES.map((k) => ({ value: k, label: ANNUAL_INFO[k].label })) },
    { label: 'Assumptions', options: DRIVER_KEYS.map((k) => ({ value: k, label: DRIVER_LABELS[k] })) },
    ...plans.map((p) => ({
      label: planPlace(p.name || p.id),
      options: PLAN_ROW_KEYS.map((f) => ({ value: `${f}_${p.id}`, label: metricInfo(`${f}_${p.id}`, plans).label })),
    })),
  ];
}

/** The unit written beside a bound's input. */
export function inputUnit(kind: Kind, currency: string): string {
  switch (kind) {
    case 'rate': return '%';
    case 'money': case 'unitMoney': return currency;
    case 'months': return 'months';
    case 'multiple': return 'x';
    default: return '';
  }
}

/** A stored bound as the editor shows it: 0.09 -> "9" for a rate. */
export function toInput(kind: Kind, x: number | undefined): string {
  if (x === undefined) return '';
  // toPrecision trims float noise such as 0.07 * 100 = 7.000000000000001.
  return String(Number((kind === 'rate' ? x * 100 : x).toPrecision(12)));
}

export type Parsed = { ok: true; value: number | undefined } | { ok: false; message: string };

/** What the planner typed as a stored bound: "9" -> 0.09 for a rate; empty removes the bound. */
export function fromInput(kind: Kind, text: string): Parsed {
  const trimmed = text.trim().replace(/[,%\s]/g, '');
  if (trimmed === '') return { ok: true, value: undefined };
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return { ok: false, message: 'Type a number' };
  return { ok: true, value: kind === 'rate' ? Number((n / 100).toPrecision(12)) : n };
}

/** A target with one bound changed; refused when it would leave the target with no bound. */
export function withBound(t: Target, which: 'min' | 'max', value: number | undefined): Target | null {
  const next: Target = { ...t };
  if (value === undefined) delete next[which];
  else next[which] = value;
  return next.min === undefined && next.max === undefined ? null : next;
}

/**
 * A target moved to another metric. The old bound means nothing for the new metric (an ARR minimum
 * of 11,000,000 would read as a gross margin of 1,100,000,000 %), so the new one starts at the new
 * metric's value that year to two significant figures, on the side its direction calls for: a
 * minimum where higher is better, a maximum where lower is, else the side the target had.
 */
export function retarget(t: Target, metric: string, value: number | null, higherIsBetter: boolean | null): Target {
  const side = higherIsBetter === null ? (t.min !== undefined ? 'min' : 'max') : higherIsBetter ? 'min' : 'max';
  const bound = value === null || value === 0 ? 0 : Number(value.toPrecision(2));
  return side === 'min' ? { metric, year: t.year, min: bound } : { metric, year: t.year, max: bound };
}
