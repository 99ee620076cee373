import type { Kind } from '../../components/charts/metrics';
import type { AxisKind } from '../../components/charts/ticks';
import { annualEntry, type AnnualKey, type FigureKind, type OutputEntry } from '../../model/catalogue';
import type { YearFigures } from '../../model/types';

// The side panel's figures, with their words and units from the figure catalogue.

/** The headline figures, one row each, every year: what an edit does to the business. */
export const HEADLINE_KEYS: readonly AnnualKey[] = ['revenue', 'arr', 'ebitda', 'endingCash', 'runwayMonths'];
/** The unit economics charted year by year against their targets. */
export const TRAJECTORY_KEYS = ['arpu', 'cac', 'cacPaybackMonths', 'grossMargin'] as const;
/** Two more ratios a planner checks, in figures only. */
export const RATIO_KEYS = ['nrr', 'ltvToCac'] as const;

// The catalogue's kinds are the views' kinds (merge of visx and catalogue: the older 'unit' and
// 'percent' names are gone); months, years and month indexes format as counts here.
const KINDS: Record<FigureKind, Kind> = {
  money: 'money', unitMoney: 'unitMoney', rate: 'rate', count: 'count', months: 'months', multiple: 'multiple',
  monthIndex: 'count', year: 'count', yearMonth: 'count',
};
const AXES: Record<Kind, AxisKind> = {
  money: 'money', unitMoney: 'money', rate: 'percent', count: 'count', months: 'number', multiple: 'number',
  monthIndex: 'count', year: 'count', yearMonth: 'count',
};

export interface PanelFigure {
  key: AnnualKey;
  entry: OutputEntry;
  kind: Kind;
  axis: AxisKind;
}

/** A figure's catalogue entry and how the panel formats and charts it. */
export function panelFigure(key: AnnualKey): PanelFigure {
  const entry = annualEntry(key);
  const kind = KINDS[entry.kind];
  return { key, entry, kind, axis: AXES[kind] };
}

/**
 * A year's value of a figure; undefined when the projection does not carry it (runway arrives
 * with the model's funding rounds), so its row is left out rather than shown empty.
 */
export function yearValue(year: YearFigures, key: AnnualKey): number | null | undefined {
  return Object.hasOwn(year, key) ? (year as unknown as Record<string, number | null>)[key] : undefined;
}
