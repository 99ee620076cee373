import { CashWarning } from '../../components/CashWarning';
import { targetsSummary } from '../../components/cash-warning';
import { metricInfo, type PlanRef } from '../../components/charts/metrics';
import type { Evaluation } from '../../state/evaluation';
import { BigFigures } from './BigFigures';
import { annualBig } from './figures';
import { HEADLINE_FIGURES, targetChip } from './headline';

/** The headline figures of the last year, each with its targets, and how many targets are met. */
export function KpiSlide({ evaluation, plans }: { evaluation: Evaluation; plans: readonly PlanRef[] }) {
  const { projection, scenario, targets } = evaluation;
  const currency = scenario.currency;
  const shown = new Set<string>(HEADLINE_FIGURES);
  const others = targets.filter((t) => !shown.has(t.metric));
  const met = targets.filter((t) => t.met === true).length;
  return (
    <div className="kpi-slide">
      <CashWarning projection={projection} currency={currency} className="slide-cash-warning" />
      <BigFigures figures={HEADLINE_FIGURES.map((k) => annualBig(k, projection, currency, targets, plans))} />
      <div className="kpi-slide-foot">
        <p className="targets-met" data-testid="targets-met">{targetsSummary(met, targets.length, projection.summary.cashOutMonth !== null)}</p>
        {others.length > 0 && (
          <ul className="big-chips other-targets" aria-label="Other targets">
            {others.map((t, i) => {
              const chip = targetChip(t, plans, currency);
              const label = metricInfo(t.metric, plans).label;
              return <li key={i} className={`big-chip big-chip-${chip.tone}`} data-status={chip.tone}><strong>{label}</strong> {chip.text}</li>;
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
