import { memo } from 'react';
import { projectionId } from '../../components/projection-id';
import { NullFigure } from '../../components/Figure';
import { ANNUAL_INFO, formatPrecise } from '../../components/charts/metrics';
import type { AnnualFigure, Projection } from '../../model/types';

// The P&L first, then the annual KPIs (MODEL.md, "One year").
const ROWS: readonly AnnualFigure[] = [
  'revenue', 'cogs', 'grossProfit', 'grossMargin', 'marketingSpend', 'salesMarketingOverhead', 'operatingExpenses', 'ebitda', 'financing', 'endingCash', 'runwayMonths',
  'visitors', 'trials', 'newCustomers', 'endingCustomers', 'endingMrr', 'arr', 'arpu', 'cac', 'fullyLoadedCac', 'cacPaybackMonths', 'nrr', 'ltv', 'ltvToCac',
  'revenueGrowth', 'ebitdaMargin', 'ruleOf40', 'netNewArr', 'burnMultiple', 'magicNumber',
];
const KPI_START = ROWS.indexOf('visitors');

interface RowProps {
  figure: AnnualFigure;
  years: string;
  /** The row's values joined by '|' ('' for null): a string, so a row whose figures did not move is skipped. */
  values: string;
  currency: string;
  groupStart: boolean;
}

// A slider step moves most rows but not all (a funnel rate leaves visitors and costs alone), and
// a row that is skipped costs neither a render nor a relayout of its cells.
const Row = memo(function Row({ figure, years, values, currency, groupStart }: RowProps) {
  const info = ANNUAL_INFO[figure];
  const ys = years.split('|');
  const vs = values.split('|');
  return (
    <tr data-figure={figure} className={groupStart ? 'group-start' : undefined}>
      <th scope="row">{info.label}</th>
      {ys.map((y, i) => {
        const raw = vs[i]!;
        return (
          <td key={y} className="num" data-year={y}>
            {raw === '' ? <NullFigure whyNull={info.whyNull} /> : formatPrecise(info.kind, Number(raw), currency)}
          </td>
        );
      })}
    </tr>
  );
});

/** The annual summary: the P&L and the annual KPIs, one column per year, precise figures. */
export const AnnualTable = memo(function AnnualTable({ projection, currency }: { projection: Projection; currency: string }) {
  const years = projection.years.map((y) => y.year);
  return (
    <section className="dash-section" aria-labelledby="annual-title" data-projection={projectionId(projection)}>
      <h2 id="annual-title">Annual summary</h2>
      <div className="table-scroll">
        <table className="data-table annual-table">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((key, i) => (
              <Row
                key={key} figure={key} years={years.join('|')} currency={currency} groupStart={i === KPI_START}
                values={projection.years.map((y) => y[key] ?? '').join('|')}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
