import { Figure } from '../../components/Figure';
import { money, months, percent } from '../../components/format';
import { useStore } from '../../state/store';
import { useEvaluation } from '../../state/evaluation';

// The first screen: the unit economics a planner checks first, at the first month, the first
// year and the last year.

export function OverviewView() {
  const currency = useStore((s) => s.scenario.currency);
  const { projection, stale } = useEvaluation();
  const first = projection.years[0]!;
  const last = projection.years[projection.years.length - 1]!;
  const m = projection.monthly;
  const rows = [
    { label: 'Blended ARPU', month0: m.arpu[0]!, y0: first.arpu, y4: last.arpu, format: (x: number) => money(x, currency), why: 'no customers yet' },
    { label: 'CAC (paid)', month0: m.cac[0]!, y0: first.cac, y4: last.cac, format: (x: number) => money(x, currency), why: 'no new customers' },
    { label: 'CAC payback', month0: m.cacPaybackMonths[0]!, y0: first.cacPaybackMonths, y4: last.cacPaybackMonths, format: months, why: 'ARPU x gross margin is not positive' },
    { label: 'Gross margin', month0: m.grossMargin[0]!, y0: first.grossMargin, y4: last.grossMargin, format: (x: number) => percent(x), why: 'no revenue' },
  ];
  return (
    <section aria-labelledby="overview-title" className="overview">
      <h2 id="overview-title">Unit economics</h2>
      {stale && <p role="status" className="stale-note">Showing the last valid projection: fix the marked cells to update it.</p>}
      <table className="kpi-table">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Jan {projection.startYear}</th>
            <th scope="col">{first.year}</th>
            <th scope="col">{last.year}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} data-kpi={r.label}>
              <th scope="row">{r.label}</th>
              <td data-period="month0"><Figure value={r.month0} format={r.format} whyNull={r.why} /></td>
              <td data-period="first-year"><Figure value={r.y0} format={r.format} whyNull={r.why} /></td>
              <td data-period="last-year"><Figure value={r.y4} format={r.format} whyNull={r.why} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
