import { memo, useState } from 'react';
import { Figure } from '../../components/Figure';
import { MONTHLY_INFO, formatPrecise, type Kind } from '../../components/charts/metrics';
import { count, monthLabel } from '../../components/format';
import { MONTH_COLUMNS } from '../../model/output';
import { MONTHS, type Projection } from '../../model/types';

const MONTH_ROWS = Array.from({ length: MONTHS }, (_, m) => m);
// Customers are fractional (the model is an expectation), so counts keep one decimal here.
const precise = (kind: Kind, x: number, currency: string) => (kind === 'count' ? count(x, 1) : formatPrecise(kind, x, currency));

const Body = memo(function Body({ projection, planNames, currency }: { projection: Projection; planNames: readonly string[]; currency: string }) {
  return (
    <div className="table-scroll monthly-scroll" tabIndex={0} role="region" aria-label="Monthly table, scrollable">
      <table className="data-table monthly-table">
        <thead>
          <tr>
            <th scope="col">Month</th>
            {MONTH_COLUMNS.map((key) => <th key={key} scope="col" className="num" title={key}>{MONTHLY_INFO[key].label}</th>)}
            {planNames.map((name) => <th key={name} scope="col" className="num">{`${name} customers`}</th>)}
          </tr>
        </thead>
        <tbody>
          {MONTH_ROWS.map((m) => (
            <tr key={m} data-month={m}>
              <th scope="row">{monthLabel(m, projection.startYear)}</th>
              {MONTH_COLUMNS.map((key) => {
                const info = MONTHLY_INFO[key];
                return (
                  <td key={key} className="num" data-figure={key}>
                    <Figure value={projection.monthly[key][m]!} format={(x) => precise(info.kind, x, currency)} whyNull={info.whyNull} />
                  </td>
                );
              })}
              {projection.customersByPlan.map((series, i) => <td key={i} className="num">{count(series[m]!, 1)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** Every MODEL.md figure for the 60 months; collapsed by default, and only drawn when open. */
export function MonthlyTable(props: { projection: Projection; planNames: readonly string[]; currency: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="dash-section" aria-labelledby="monthly-title">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary><h2 id="monthly-title">Monthly table</h2> <span className="section-sub">60 months, every figure of the model</span></summary>
        {open && <Body {...props} />}
      </details>
    </section>
  );
}
