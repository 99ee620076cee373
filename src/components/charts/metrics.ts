import { CATALOGUE, planRowLabel, type AnnualKey, type FigureKind, type MonthlyKey, type OutputEntry } from '../../model/catalogue';
import { resolveMetric } from '../../model/targets';
import { formatFigure, formatGap as gapIn } from '../format';

// The cards, charts, tables, target editor and guide read a figure's words and unit from the
// catalogue (src/model/catalogue.ts) through these lookups, so a figure reads the same everywhere.

/** A figure's kind: the catalogue's. */
export type Kind = FigureKind;
/** The names charts written before the catalogue use for unitMoney and rate; still accepted. */
type OlderKind = 'unit' | 'percent';
const kindOf = (kind: Kind | OlderKind): Kind => (kind === 'unit' ? 'unitMoney' : kind === 'percent' ? 'rate' : kind);

/** A figure as the views read it: the catalogue's entry, with the reason it can be undefined always in words. */
export interface MetricInfo extends Omit<OutputEntry, 'whyNull'> {
  whyNull: string;
}

const always = 'always defined';
const info = (e: Omit<OutputEntry, 'whyNull'> & { whyNull: string | null }): MetricInfo => ({ ...e, whyNull: e.whyNull ?? always });
const infos = <K extends string>(entries: Record<K, OutputEntry>) =>
  Object.fromEntries(Object.entries<OutputEntry>(entries).map(([k, e]) => [k, info(e)])) as Record<K, MetricInfo>;

/** Monthly figures (MODEL.md, "One month"). */
export const MONTHLY_INFO: Record<MonthlyKey, MetricInfo> = infos(CATALOGUE.monthly);
/** Annual figures (MODEL.md, "One year"). */
export const ANNUAL_INFO: Record<AnnualKey, MetricInfo> = infos(CATALOGUE.annual);

export interface PlanRef { id: string; name: string }

/** A target metric's words and unit: an annual output, a driver, or `<field>_<planId>` ("Pro mix"). */
export function metricInfo(metric: string, plans: readonly PlanRef[]): MetricInfo {
  const ref = resolveMetric(metric, plans.map((p) => p.id));
  if (!ref) return { ...info(CATALOGUE.annual.revenue), key: metric, label: metric, shortLabel: metric, kind: 'count', whyNull: 'the metric is not known to the model' };
  if (ref.kind === 'annual') return ANNUAL_INFO[ref.key];
  if (ref.kind === 'driver') return info({ ...CATALOGUE.drivers[ref.key], whyNull: null });
  const plan = plans[ref.planIndex]!;
  const label = planRowLabel(plan.name || plan.id, ref.field);
  return info({ ...CATALOGUE.planRows[ref.field], key: metric, label, shortLabel: label, whyNull: null });
}

/** Precise, for tables and tooltips: $1,234,567 / $78.00 / 9.3% / 8,501 / 9.3 mo / 3.2x. */
export function formatPrecise(kind: Kind | OlderKind, x: number, currency: string): string {
  return formatFigure(kindOf(kind), x, currency, 'precise');
}

/** Compact, for cards, charts and slides: $1.2M / $78.00 / 9.3% / 8.5K / 9.3 mo / 3.2x. */
export function formatCompact(kind: Kind | OlderKind, x: number, currency: string): string {
  return formatFigure(kindOf(kind), x, currency, 'compact');
}

/** How far a value misses its target, in the metric's unit: "16.7 pts" for rates. */
export function formatGap(kind: Kind | OlderKind, gap: number, currency: string): string {
  return gapIn(kindOf(kind), gap, currency);
}
