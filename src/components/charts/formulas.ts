import { CATALOGUE, type OutputEntry } from '../../model/catalogue';

// How each headline figure is computed, in shared/MODEL.md's words, with a plain reading for a
// planner: the catalogue's entries of the cards' figures. The KPI cards show these on focus or
// hover; the user guide lists them all; a unit test keeps docs/user-guide.md in step with them.

export type KpiId =
  | 'arpu' | 'cac' | 'fullyLoadedCac' | 'cacPaybackMonths' | 'grossMargin' | 'nrr' | 'ltvToCac'
  | 'mrr' | 'arr' | 'customers' | 'ebitda' | 'cash' | 'breakEven';

export interface KpiExplanation {
  label: string;
  /** MODEL.md's formula for the year's figure. */
  formula: string;
  /** What it tells a planner. */
  meaning: string;
}

const a = CATALOGUE.annual;
/** The catalogue entry behind each card. */
export const KPI_ENTRIES: Record<KpiId, OutputEntry> = {
  arpu: a.arpu, cac: a.cac, fullyLoadedCac: a.fullyLoadedCac, cacPaybackMonths: a.cacPaybackMonths,
  grossMargin: a.grossMargin, nrr: a.nrr, ltvToCac: a.ltvToCac, mrr: a.endingMrr, arr: a.arr,
  customers: a.endingCustomers, ebitda: a.ebitda, cash: a.endingCash, breakEven: CATALOGUE.summary.breakEvenMonth,
};

// A card names its year under the figure, so December's levels read "Cash", not "Cash (December)".
const DECEMBER_LEVELS = new Set<string>(['mrr', 'customers', 'cash']);

export const KPI_EXPLANATIONS = Object.fromEntries(
  Object.entries<OutputEntry>(KPI_ENTRIES).map(([id, e]) => [id, { label: DECEMBER_LEVELS.has(id) ? e.shortLabel : e.label, formula: e.formula, meaning: e.explanation }]),
) as Record<KpiId, KpiExplanation>;
