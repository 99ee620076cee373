import { useMemo } from 'react';
import { fundingMarks } from '../../components/charts/funding-marks';
import { formatPrecise } from '../../components/charts/metrics';
import { planLabel } from '../../model/places';
import { useEvaluation } from '../../state/evaluation';
import { CHART_FILES } from './chart-list';
import { renderChart } from './charts';
import { AnnualSummary, AssumptionsTable, TargetsTable } from './report-tables';

// A fixed width: the page, not the window, decides the size of a printed chart.
const PRINT_CHART_WIDTH = 700;

/** The scenario as a printed report: cover, assumptions, annual summary, charts, targets. */
export function PrintReport() {
  const { scenario, values, projection, targets, stale } = useEvaluation();
  const { currency, plans } = scenario;
  const planNames = useMemo(() => plans.map((_, i) => planLabel({ plans }, i)), [plans]);
  const planRefs = useMemo(() => plans.map((p, i) => ({ id: p.id, name: planNames[i]! })), [plans, planNames]);
  const first = projection.startYear;
  const last = projection.years[projection.years.length - 1]!;
  const date = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  const data = { projection, planNames, currency, targets: scenario.targets, funding: fundingMarks(scenario.funding, values) };
  const met = targets.filter((t) => t.met === true).length;
  return (
    <article className="print-report" aria-label="Printable report">
      <section className="report-cover">
        <p className="report-brand">Trajectory · SaaS financial model</p>
        <h1>{scenario.name}</h1>
        {scenario.description && <p className="report-description">{scenario.description}</p>}
        <dl className="report-facts">
          <div><dt>Projection</dt><dd>{`${first}–${last.year}`}</dd></div>
          <div><dt>Currency</dt><dd>{currency}</dd></div>
          <div><dt>{`ARR ${last.year}`}</dt><dd data-testid="report-arr">{formatPrecise('money', last.arr ?? 0, currency)}</dd></div>
          <div><dt>Targets met</dt><dd>{`${met} of ${targets.length}`}</dd></div>
          <div><dt>Printed</dt><dd>{date}</dd></div>
        </dl>
        {stale && <p className="report-stale">The scenario has problems: these are the figures of the last version that computed.</p>}
      </section>
      <section className="report-section">
        <h2>Assumptions</h2>
        <AssumptionsTable scenario={scenario} values={values} />
      </section>
      <section className="report-section">
        <h2>Annual summary</h2>
        <AnnualSummary projection={projection} currency={currency} />
      </section>
      <section className="report-section report-charts">
        <h2>Charts</h2>
        {CHART_FILES.map((c) => <div key={c.id} className="report-chart">{renderChart(c.id, PRINT_CHART_WIDTH, data)}</div>)}
      </section>
      <section className="report-section">
        <h2>Targets</h2>
        <TargetsTable targets={targets} plans={planRefs} currency={currency} />
      </section>
    </article>
  );
}
