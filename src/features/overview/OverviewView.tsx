import { Figure } from '../../components/Figure';
import { MONTHLY_INFO, formatPrecise } from '../../components/charts/metrics';
import { monthLabel } from '../../components/format';
import type { AnnualFigure, MonthlyKpi } from '../../model/types';
import { useStore } from '../../state/store';
import { useEvaluation } from '../../state/evaluation';
import './overview.css';

// The Model view's right-hand summary: the unit economics a planner checks first, at the first
// month, the first year and the last year, beside the assumptions they come from.

// Figures that exist both per month and per year.
const ROWS: readonly (MonthlyKpi & AnnualFigure)[] = ['arpu', 'cac', 'cacPaybackMonths', 'grossMargin', 'nrr', 'ltvToCac'];

export function OverviewView() {
  const currency = useStore((s) => s.scenario.currency);
  const { projection, stale } = useEvaluation();
  const first = projection.years[0]!;
  const last = projection.years[projection.years.length - 1]!;
  return (
    <section aria-labelledby="overview-title" className="overview">
      <h2 id="overview-title">Unit economics</h2>
      {stale && <p role="status" className="stale-note">Showing the last valid projection: fix the marked cells to update it.</p>}
      <table className="kpi-table">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">{monthLabel(0, projection.startYear)}</th>
            <th scope="col">{first.year}</th>
            <th scope="col">{last.year}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((key) => {
            const info = MONTHLY_INFO[key];
            const format = (x: number) => formatPrecise(info.kind, x, currency);
            return (
              <tr key={key} data-kpi={info.label}>
                <th scope="row">{info.label}</th>
                <td data-period="month0"><Figure value={projection.monthly[key][0]!} format={format} whyNull={info.whyNull} /></td>
                <td data-period="first-year"><Figure value={first[key]} format={format} whyNull={info.whyNull} /></td>
                <td data-period="last-year"><Figure value={last[key]} format={format} whyNull={info.whyNull} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="overview-note">A year’s NRR and LTV/CAC are December’s; the Dashboard has every figure.</p>
    </section>
  );
}
