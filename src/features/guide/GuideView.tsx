import { GuideCharts, GuideKpis, GuideWorkedMonth } from './GuideFigures';
import { GuideInputs } from './GuideInputs';
import { GuideTargets } from './GuideTargets';
import './guide.css';

const SECTIONS = [
  { id: 'guide-layout', title: 'How the dashboard is laid out' },
  { id: 'guide-kpis', title: 'The key figures' },
  { id: 'guide-inputs', title: 'The assumptions' },
  { id: 'guide-targets', title: 'The 2030 targets' },
  { id: 'guide-charts', title: 'The charts' },
  { id: 'guide-month', title: 'A worked month' },
];

/** The user guide: every KPI, its formula and the targets, in plain text (docs/user-guide.md says the same). */
export function GuideView() {
  return (
    <article className="guide" aria-labelledby="guide-title">
      <h2 id="guide-title">Reading the dashboard</h2>
      <p className="guide-lead">
        This guide explains every figure on the dashboard, how it is computed and what the 2030 targets ask for,
        so that a planner new to the model can read it without help.
      </p>
      <nav aria-label="Guide contents">
        <ol className="guide-toc">
          {SECTIONS.map((s) => <li key={s.id}><a href={`#${s.id}`}>{s.title}</a></li>)}
        </ol>
      </nav>

      <section aria-labelledby="guide-layout">
        <h3 id="guide-layout">How the dashboard is laid out</h3>
        <ul>
          <li>
            <strong>Key figures</strong> (the cards at the top). Each card shows the figure for the last year (2030) in large
            type and the first year (2026) beside it, a sparkline of the 60 months from January 2026 to December 2030, and,
            where the scenario has a target on that figure, its status: <strong>✓ Met</strong>, <strong>✗ Missed by</strong> how
            much (in percentage points for rates), or <strong>? Not computable</strong> with the reason. Hover over a card, or
            move to it with the Tab key, to see how it is computed.
          </li>
          <li>
            <strong>Targets</strong>: every target of the scenario with its value and status, including targets on assumptions
            (visitor-to-trial, trial-to-paid, Pro mix) that have no card. <strong>Edit targets</strong> lets you change the
            metric, the year, the minimum and the maximum, or remove a target; <strong>Add a target</strong> adds one. Rates are
            typed as percent (type 110 for 110 %). Each change is one step of Undo.
          </li>
          <li>
            <strong>Charts</strong>: seven charts, described below. Hover over a chart, or focus it with Tab and use the left and
            right arrow keys, to read the exact figures of a month or a year.
          </li>
          <li>
            <strong>Tables</strong>: the annual summary (the P&amp;L, then the annual KPIs) and the monthly table of every figure
            of the model for the 60 months (open it with its heading).
          </li>
          <li>
            A figure that cannot be computed (for example NRR in 2026, when a year earlier there were no customers) shows an
            em dash, <strong>—</strong>; hover over it to read why.
          </li>
          <li>
            When an assumption has an error, the dashboard keeps the last figures that computed and shows a banner,
            <strong> Not current: fix the marked cells</strong>, until the error is fixed.
          </li>
        </ul>
      </section>

      <GuideKpis id="guide-kpis" />
      <GuideInputs id="guide-inputs" />
      <GuideTargets id="guide-targets" />
      <GuideCharts id="guide-charts" />
      <GuideWorkedMonth id="guide-month" />
    </article>
  );
}
