import { memo, useState } from 'react';
import { projectionId } from '../../components/projection-id';
import { NullFigure } from '../../components/Figure';
import { MONTHLY_INFO, formatPrecise } from '../../components/charts/metrics';
import { count, monthLabel } from '../../components/format';
import { MONTH_COLUMNS } from '../../model/output';
import { MONTHS, type Projection } from '../../model/types';

const MONTH_ROWS = Array.from({ length: MONTHS }, (_, m) => m);

interface RowProps {
  label: string;
  month: number;
  /** The month's figures, then each plan's customers, joined by '|' ('' for null): a row whose figures did not move is skipped. */
  values: string;
  currency: string;
}

// Some 1,900 cells: each is a plain text cell (an em dash only for a null), and a row is one
// memoised component, so an edit re-renders and re-lays out only the months that moved.
const Row = memo(function Row({ label, month, values, currency }: RowProps) {
  const vs = values.split('|');
  return (
    <tr data-month={month}>
      <th scope="row">{label}</th>
      {MONTH_COLUMNS.map((key, i) => {
        const info = MONTHLY_INFO[key];
        const raw = vs[i]!;
        return (
          <td key={key} className="num" data-figure={key}>
            {raw === '' ? <NullFigure whyNull={info.whyNull} /> : formatPrecise(info.kind, Number(raw), currency)}
          </td>
        );
      })}
      {vs.slice(MONTH_COLUMNS.length).map((raw, i) => <td key={`plan${i}`} className="num">{count(Number(raw), 0)}</td>)}
    </tr>
  );
});

interface TableProps {
  projection: Projection;
  planNames: readonly string[];
  currency: string;
  /** A forecast's last actual month: months up to it are labelled actual. -1 for a plan. */
  lastActualMonth?: number;
}

const Body = memo(function Body({ projection, planNames, currency, lastActualMonth = -1 }: TableProps) {
  return (
    <div className="table-scroll monthly-scroll" tabIndex={0} role="region" aria-label="Monthly table, scrollable">
      <table className="data-table monthly-table">
        <thead>
          <tr>
            <th scope="col">Month</th>
            {MONTH_COLUMNS.map((key) => <th key={key} scope="col" className="num" title={MONTHLY_INFO[key].formula}>{MONTHLY_INFO[key].label}</th>)}
            {planNames.map((name) => <th key={name} scope="col" className="num">{`${name} customers`}</th>)}
          </tr>
        </thead>
        <tbody>
          {MONTH_ROWS.map((m) => (
            <Row
              key={m} month={m} label={m <= lastActualMonth ? `${monthLabel(m, projection.startYear)} · actual` : monthLabel(m, projection.startYear)} currency={currency}
              values={[...MONTH_COLUMNS.map((key) => projection.monthly[key][m] ?? ''), ...projection.customersByPlan.map((s) => s[m]!)].join('|')}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** Every MODEL.md figure for the 60 months; collapsed by default, and only drawn when open. */
export function MonthlyTable(props: TableProps) {
  const [open, setOpen] = useState(false);
  return (
    <section className="dash-section" aria-labelledby="monthly-title" data-projection={projectionId(props.projection)}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary><h2 id="monthly-title">Monthly table</h2> <span className="section-sub">60 months, every figure of the model</span></summary>
        {open && <Body {...props} />}
      </details>
    </section>
  );
}
