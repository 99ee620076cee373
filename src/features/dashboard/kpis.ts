import { KPI_EXPLANATIONS, type KpiId } from '../../components/charts/formulas';
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
export const KPI_CARDS: readonly KpiDef[] = [
  { id: 'arpu', annual: 'arpu', kind: 'unit', spark: (p) => p.monthly.arpu },
  { id: 'cac', annual: 'cac', kind: 'unit', spark: (p) => p.monthly.cac },
  { id: 'fullyLoadedCac', annual: 'fullyLoadedCac', kind: 'unit', spark: (p) => p.monthly.fullyLoadedCac },
  { id: 'cacPaybackMonths', annual: 'cacPaybackMonths', kind: 'months', spark: (p) => p.monthly.cacPaybackMonths },
  { id: 'grossMargin', annual: 'grossMargin', kind: 'percent', spark: (p) => p.monthly.grossMargin },
  { id: 'nrr', annual: 'nrr', kind: 'percent', spark: (p) => p.monthly.nrr },
  { id: 'ltvToCac', annual: 'ltvToCac', kind: 'multiple', spark: (p) => p.monthly.ltvToCac },
  { id: 'mrr', annual: 'endingMrr', kind: 'money', spark: (p) => p.monthly.mrr },
  { id: 'arr', annual: 'arr', kind: 'money', spark: (p) => p.monthly.mrr },
  { id: 'customers', annual: 'endingCustomers', kind: 'count', spark: (p) => p.monthly.customers },
  { id: 'ebitda', annual: 'ebitda', kind: 'money', spark: (p) => p.monthly.ebitda },
  { id: 'cash', annual: 'endingCash', kind: 'money', spark: (p) => p.monthly.cash },
  { id: 'breakEven', annual: null, kind: 'months', spark: (p) => p.monthly.ebitda },
];

export const kpiLabel = (id: KpiId) => KPI_EXPLANATIONS[id].label;
