import { memo } from 'react';
import { projectionId } from '../../components/projection-id';
import { KpiCard, type KpiFigure, type KpiStatus } from '../../components/KpiCard';
import { KPI_EXPLANATIONS } from '../../components/charts/formulas';
import { ANNUAL_INFO, formatCompact, formatPrecise, type Kind } from '../../components/charts/metrics';
import { monthLabel } from '../../components/format';
import { fullyLoadedLtvToCac, fullyLoadedPayback } from '../../components/fully-loaded';
import type { Projection, TargetResult } from '../../model/types';
import { KPI_CARDS, type KpiDef } from './kpis';
import { targetStatus } from '../../components/target-status';
import { runwayNote } from './runway-note';

interface Props {
  projection: Projection;
  /** The evaluated targets, parallel to the scenario's targets. */
  targets: readonly TargetResult[];
  currency: string;
  /** The plan, when the cards show the forecast: each card puts the plan's last-year figure beside it. */
  plan?: Projection;
}

function statusesFor(def: KpiDef, targets: readonly TargetResult[], currency: string): KpiStatus[] {
  if (!def.annual) return [];
  const info = ANNUAL_INFO[def.annual];
  return targets.filter((t) => t.metric === def.annual).map((t) => targetStatus(t, def.kind, currency, info.whyNull));
}

/** Which CAC a payback or LTV/CAC card uses, and its fully loaded variant beside it. */
function paidCacNote(def: KpiDef, projection: Projection, currency: string): string | undefined {
  const y = projection.years.length - 1;
  const loaded = def.id === 'cacPaybackMonths' ? fullyLoadedPayback(projection, y) : def.id === 'ltvToCac' ? fullyLoadedLtvToCac(projection, y) : undefined;
  if (loaded === undefined) return undefined;
  return `Paid CAC · fully loaded: ${loaded === null ? 'not computable' : formatCompact(def.kind, loaded, currency)}`;
}

const figure = (period: string, value: number | null, kind: Kind, currency: string): KpiFigure =>
  ({ period, value, text: value === null ? '' : formatCompact(kind, value, currency) });

/** "plan $10.7M": the plan's figure beside a forecast card's. */
export function planBeside(value: number | null, kind: Kind, currency: string): string {
  return `plan ${value === null ? 'n/a' : formatCompact(kind, value, currency)}`;
}

/** The KPI cards: the last year's figure, the first year's, a 60-month sparkline and target status. */
export const KpiGrid = memo(function KpiGrid({ projection, targets, currency, plan }: Props) {
  const first = projection.years[0]!;
  const last = projection.years[projection.years.length - 1]!;
  const lastMonth = monthLabel(59, projection.startYear);
  const cards = KPI_CARDS.map((def) => {
    const text = KPI_EXPLANATIONS[def.id];
    const spark = def.spark(projection);
    const statuses = statusesFor(def, targets, currency);
    if (def.annual === null) {
      // Break-even is one month of the whole projection, not a figure per year.
      const m = projection.summary.breakEvenMonth;
      return (
        <KpiCard
          key={def.id} kpi={def.id} label={text.label} formula={text.formula} meaning={text.meaning}
          headline={{ period: m === null ? 'not reached' : `month ${m}`, value: m, text: m === null ? '' : monthLabel(m, projection.startYear) }}
          whyNull={`EBITDA is still negative in ${lastMonth}`}
          spark={spark} statuses={statuses}
          note={[
            plan ? `plan ${plan.summary.breakEvenMonth === null ? 'not reached' : monthLabel(plan.summary.breakEvenMonth, plan.startYear)}` : undefined,
            m === null ? `EBITDA is still negative in ${lastMonth}` : 'EBITDA stays ≥ 0 from then on',
          ].filter(Boolean).join(' · ')}
        />
      );
    }
    const { lowestCash, lowestCashMonth } = projection.summary;
    const note = def.id === 'cash'
      ? `Lowest ${formatPrecise('money', lowestCash, currency)} in ${monthLabel(lowestCashMonth, projection.startYear)}`
      : def.id === 'runway' ? runwayNote(projection) : paidCacNote(def, projection, currency);
    const planNote = plan ? planBeside(plan.years[plan.years.length - 1]![def.annual], def.kind, currency) : undefined;
    return (
      <KpiCard
        key={def.id} kpi={def.id} label={text.label} formula={text.formula} meaning={text.meaning}
        headline={figure(String(last.year), last[def.annual], def.kind, currency)}
        from={figure(String(first.year), first[def.annual], def.kind, currency)}
        whyNull={ANNUAL_INFO[def.annual].whyNull}
        spark={spark} statuses={statuses} note={[planNote, note].filter(Boolean).join(' · ') || undefined}
      />
    );
  });
  return <div className="kpi-grid" data-projection={projectionId(projection)}>{cards}</div>;
});
