import { useMemo, useState } from 'react';
import { fundingMarks } from '../../components/charts/funding-marks';
import { projectionId } from '../../components/projection-id';
import { useShownEvaluation } from '../../components/use-shown-evaluation';
import { CashWarning } from '../../components/CashWarning';
import { ForecastBar } from '../../components/ForecastBar';
import { WhatIfPanel } from '../../components/what-if/WhatIfPanel';
import { planLabel } from '../../model/places';
import { AnnualTable } from './AnnualTable';
import { ChartGrid } from './ChartGrid';
import { KpiGrid } from './KpiGrid';
import { MonthlyTable } from './MonthlyTable';
import { TargetsPanel } from './TargetsPanel';
import './dashboard.css';

/**
 * The dashboard: KPI cards against the targets, the targets, seven charts and the tables. The
 * what-if sliders follow the pointer at once; everything else draws from the deferred evaluation.
 */
export function DashboardView() {
  const { live, shown } = useShownEvaluation();
  const { scenario, projection, values, targets, stale, problems, showing, forecast, plan } = shown;
  const lastActualMonth = showing === 'forecast' && forecast ? forecast.lastActualMonth : -1;
  const { currency, plans } = scenario;
  // Every edit parses a new scenario object; keyed by their text, the plan names stay the same
  // arrays, so legends and the target editor's option lists are not rebuilt on each keystroke.
  const plansKey = plans.map((p, i) => `${p.id}\u0000${planLabel({ plans }, i)}`).join('\u0001');
  const planRefs = useMemo(() => plansKey.split('\u0001').map((entry) => {
    const [id, name] = entry.split('\u0000');
    return { id: id!, name: name! };
  }), [plansKey]);
  const planNames = useMemo(() => planRefs.map((p) => p.name), [planRefs]);
  const first = projection.startYear;
  // Closed by default: a calm page for the meeting, sliders one click away for "what if ...?".
  const [whatIf, setWhatIf] = useState(false);
  return (
    <div className={stale ? 'dashboard is-stale' : 'dashboard'} data-projection={projectionId(projection)} data-live-projection={projectionId(live.projection)}>
      <div className="dash-head">
        <h2>Dashboard</h2>
        <p className="section-sub">{`${first}–${first + projection.years.length - 1} · figures in ${currency} · big figures are the last year, with the first year beside them`}</p>
        <button type="button" className="dash-toggle" aria-expanded={whatIf} aria-controls="dashboard-what-if" onClick={() => setWhatIf(!whatIf)}>
          {whatIf ? 'Hide what-if' : 'What if…'}
        </button>
      </div>
      <ForecastBar evaluation={shown} />
      <CashWarning projection={projection} currency={currency} />
      <div id="dashboard-what-if" hidden={!whatIf}>{whatIf && <WhatIfPanel headingLevel={3} />}</div>
      {stale && (
        <div className="stale-banner" role="alert" data-testid="stale-banner">
          <strong>Not current: fix the marked cells.</strong>{' '}
          These figures are from the last scenario that computed. {problems.length === 1 ? '1 problem' : `${problems.length} problems`}
          {problems.length > 0 && `, first: ${problems[0]!.place}: ${problems[0]!.message}`}
        </div>
      )}
      <KpiGrid projection={projection} targets={targets} currency={currency} plan={showing === 'forecast' ? plan : undefined} />
      <TargetsPanel projection={projection} results={targets} stale={stale} plans={planRefs} currency={currency} />
      <ChartGrid projection={projection} planNames={planNames} currency={currency} targets={scenario.targets} funding={fundingMarks(scenario.funding, values)} lastActualMonth={lastActualMonth} />
      <AnnualTable projection={projection} currency={currency} />
      <MonthlyTable projection={projection} planNames={planNames} currency={currency} lastActualMonth={lastActualMonth} />
    </div>
  );
}
