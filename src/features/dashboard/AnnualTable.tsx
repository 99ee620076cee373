import { memo } from 'react';
import { Figure } from '../../components/Figure';
import { ANNUAL_INFO, formatPrecise } from '../../components/charts/metrics';
import type { AnnualFigure, Projection } from '../../model/types';

// The P&L first, then the annual KPIs (MODEL.md, "One year").
const ROWS: readonly AnnualFigure[] = [
  'revenue', 'cogs', 'grossProfit', 'grossMargin', 'marketingSpend', 'salesMarketingOverhead', 'operatingExpenses', 'ebitda', 'endingCash',
  'visitors', 'trials', 'newCustomers', 'endingCustomers', 'endingMrr', 'arr', 'arpu', 'cac', 'fullyLoadedCac', 'cacPaybackMonths', 'nrr', 'ltv', 'ltvToCac',
];
const KPI_START = ROWS.indexOf('visitors');

/** The annual summary: the P&L and the annual KPIs, one column per year, precise figures. */
export const AnnualTable = memo(function AnnualTable({ projection, currency }: { projection: Projection; currency: string }) {
  return (
    <section className="dash-section" aria-labelledby="annual-title">
      <h2 id="annual-title">Annual summary</h2>
      <div className="table-scroll">
        <table className="data-table annual-table">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {projection.years.map((y) => <th key={y.year} scope="col" className="num">{y.year}</th>)}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((key, i) => {
              const info = ANNUAL_INFO[key];
              return (
                <tr key={key} data-figure={key} className={i === KPI_START ? 'group-start' : undefined}>
                  <th scope="row">{info.label}</th>
                  {projection.years.map((y) => (
                    <td key={y.year} className="num" data-year={y.year} data-value={y[key] ?? ''}>
                      <Figure value={y[key]} format={(x) => formatPrecise(info.kind, x, currency)} whyNull={info.whyNull} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
