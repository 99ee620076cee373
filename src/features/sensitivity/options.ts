import { ANNUAL_INFO, formatCompact, formatPrecise, metricInfo, type Kind } from '../../components/charts/metrics';
import { inputRows, rowLabel, rowName, type RowRef } from '../../model/inputs';
import { ANNUAL_FIGURES, type AnnualFigure, type Scenario } from '../../model/types';

// The choices the three panels offer, in the words of the rest of the app.

export interface Option<T> { value: T; label: string }

/** Every annual output of MODEL.md, as the dashboard names it. */
export const OUTPUT_OPTIONS: Option<AnnualFigure>[] = ANNUAL_FIGURES.map((key) => ({ value: key, label: ANNUAL_INFO[key].label }));

/** The input rows (drivers, then each plan's rows), keyed by their formula name. */
export function rowOptions(scenario: Pick<Scenario, 'plans'>): (Option<string> & { row: RowRef })[] {
  const ids = scenario.plans.map((p) => p.id);
  return inputRows(scenario.plans.length).map((row) => ({ value: rowName(row, ids), label: rowLabel(scenario, row), row }));
}

/** How a row's or metric's values are written. */
export function kindOf(metric: string, scenario: Pick<Scenario, 'plans'>): Kind {
  return metricInfo(metric, scenario.plans.map((p) => ({ id: p.id, name: p.name }))).kind;
}

export const fmt = (kind: Kind, x: number, currency: string) => formatPrecise(kind, x, currency);
export const fmtCompact = (kind: Kind, x: number, currency: string) => formatCompact(kind, x, currency);

/** A number typed by a planner: "26.7 %", "$1,200", "0.25". Percent kinds read "26.7" as 26.7 %. */
export function parseAmount(text: string, kind: Kind): number | null {
  const clean = text.replace(/[\s,$€£]/g, '');
  const hasPercent = clean.endsWith('%');
  const x = Number(hasPercent ? clean.slice(0, -1) : clean);
  if (clean === '' || !Number.isFinite(x)) return null;
  return hasPercent || kind === 'rate' ? x / 100 : x;
}

/** The text an amount is edited as: percent kinds in %, the rest as plain numbers. */
export function amountText(x: number, kind: Kind): string {
  return kind === 'rate' ? `${Number((x * 100).toPrecision(10))}` : `${Number(x.toPrecision(12))}`;
}
