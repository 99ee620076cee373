import { memo } from 'react';
import { NullFigure } from '../../components/Figure';
import { ANNUAL_INFO, formatPrecise } from '../../components/charts/metrics';
import type { AnnualKey } from '../../model/catalogue';
import type { Projection } from '../../model/types';

// The P&L and cash first, then the annual KPIs and the board metrics (MODEL.md, "One year").
const ROWS: readonly AnnualKey[] = [
  'revenue', 'revenueGrowth', 'cogs', 'grossProfit', 'grossMargin', 'marketingSpend', 'salesMarketingOverhead', 'operatingExpenses', 'ebitda', 'ebitdaMargin',
  'financing', 'endingCash', 'runwayMonths',
  'visitors', 'trials', 'newCustomers', 'endingCustomers', 'endingMrr', 'arr', 'netNewArr', 'arpu', 'cac', 'fullyLoadedCac', 'cacPaybackMonths', 'nrr', 'ltv', 'ltvToCac',
  'ruleOf40', 'burnMultiple', 'magicNumber',
];
const KPI_START = ROWS.indexOf('visitors');

interface RowProps {
  figure: AnnualKey;
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
      <th scope="row" title={`${info.explanation}\n${info.formula}`}>{info.label}</th>
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
    <section className="dash-section" aria-labelledby="annual-title">
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
            {/* A figure the engine does not give (an older projection) has no row rather than a row of dashes. */}
            {ROWS.filter((key) => key in projection.years[0]!).map((key) => (
              <Row
                key={key} figure={key} years={years.join('|')} currency={currency} groupStart={key === ROWS[KPI_START]}
                values={projection.years.map((y) => (y as Record<string, number | null>)[key] ?? '').join('|')}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
