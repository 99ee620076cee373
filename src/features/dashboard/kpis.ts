import { KPI_ENTRIES, KPI_EXPLANATIONS, type KpiId } from '../../components/charts/formulas';
import type { Kind } from '../../components/charts/metrics';
import type { AnnualFigure, Projection } from '../../model/types';

/** A KPI card: which annual figure it shows, its unit and the monthly series of its sparkline. */
export interface KpiDef {
  id: KpiId;
  /** The annual figure of the card and the metric of the targets it shows; none for break-even. */
  annual: AnnualFigure | null;
  kind: Kind;
  spark: (p: Projection) => ArrayLike<number | null>;
}

// ARR's sparkline is MRR's: ARR is 12 x MRR, so the shape is the same.
const CARDS: readonly Omit<KpiDef, 'kind'>[] = [
  { id: 'arpu', annual: 'arpu', spark: (p) => p.monthly.arpu },
  { id: 'cac', annual: 'cac', spark: (p) => p.monthly.cac },
  { id: 'fullyLoadedCac', annual: 'fullyLoadedCac', spark: (p) => p.monthly.fullyLoadedCac },
  { id: 'cacPaybackMonths', annual: 'cacPaybackMonths', spark: (p) => p.monthly.cacPaybackMonths },
  { id: 'grossMargin', annual: 'grossMargin', spark: (p) => p.monthly.grossMargin },
  { id: 'nrr', annual: 'nrr', spark: (p) => p.monthly.nrr },
  { id: 'ltvToCac', annual: 'ltvToCac', spark: (p) => p.monthly.ltvToCac },
  { id: 'mrr', annual: 'endingMrr', spark: (p) => p.monthly.mrr },
  { id: 'arr', annual: 'arr', spark: (p) => p.monthly.mrr },
  { id: 'customers', annual: 'endingCustomers', spark: (p) => p.monthly.customers },
  { id: 'ebitda', annual: 'ebitda', spark: (p) => p.monthly.ebitda },
  { id: 'cash', annual: 'endingCash', spark: (p) => p.monthly.cash },
  { id: 'breakEven', annual: null, spark: (p) => p.monthly.ebitda },
];

/** The cards, each with its figure's kind from the catalogue. */
export const KPI_CARDS: readonly KpiDef[] = CARDS.map((c) => ({ ...c, kind: KPI_ENTRIES[c.id].kind }));

export const kpiLabel = (id: KpiId) => KPI_EXPLANATIONS[id].label;
