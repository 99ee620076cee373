import { useMemo } from 'react';
import { fundingMarks } from '../../components/charts/funding-marks';
import { planLabel } from '../../model/places';
import { useEvaluation } from '../../state/evaluation';
import { CHART_FILES } from './chart-list';
import { renderChart } from './charts';
import { PageFooter } from './PageFooter';
import { ReportCover } from './ReportCover';
import { AnnualSummary, AssumptionsTable, TargetsTable } from './report-tables';

// A fixed width: the page, not the window, decides the size of a printed chart.
const PRINT_CHART_WIDTH = 700;

/** The scenario as a printed report: headline figures, annual summary, targets, assumptions, charts. */
export function PrintReport() {
  const { scenario, values, projection, targets, stale } = useEvaluation();
  const { currency, plans } = scenario;
  const planNames = useMemo(() => plans.map((_, i) => planLabel({ plans }, i)), [plans]);
  const planRefs = useMemo(() => plans.map((p, i) => ({ id: p.id, name: planNames[i]! })), [plans, planNames]);
  const date = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  const data = { projection, planNames, currency, targets: scenario.targets, funding: fundingMarks(scenario.funding, values) };
  return (
    <article className="print-report" aria-label="Printable report">
      <PageFooter scenarioName={scenario.name} date={date} />
      <ReportCover scenario={scenario} projection={projection} targets={targets} date={date} stale={stale} />
      <section className="report-section">
        <h2>Annual summary</h2>
        <AnnualSummary projection={projection} currency={currency} />
      </section>
      <section className="report-section">
        <h2>Targets</h2>
        <TargetsTable targets={targets} plans={planRefs} currency={currency} />
      </section>
      <section className="report-section">
        <h2>Assumptions</h2>
        <AssumptionsTable scenario={scenario} values={values} />
      </section>
      <section className="report-section report-charts">
        <h2>Charts</h2>
        {CHART_FILES.map((c) => <div key={c.id} className="report-chart">{renderChart(c.id, PRINT_CHART_WIDTH, data)}</div>)}
      </section>
    </article>
  );
}
