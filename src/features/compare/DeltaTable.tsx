import type { Delta } from '../../model/compare';
import type { AnnualFigure } from '../../model/types';
import { formatKpi, formatKpiDelta, formatPct, kpiLabel } from './kpi-format';

// Lower is better for these: a rise shows in the "worse" colour.
const LOWER_IS_BETTER = new Set<AnnualFigure>(['cac', 'cacPaybackMonths']);

function tone(kpi: AnnualFigure, abs: number | null): string {
  if (abs === null || Math.abs(abs) < 1e-9) return 'delta-flat';
  return (abs > 0) !== LOWER_IS_BETTER.has(kpi) ? 'delta-better' : 'delta-worse';
}

const dash = <span className="null-figure" title="not computable in this year">—</span>;

/** The annual delta table: each figure in both scenarios, then the difference, absolute and %. */
export function DeltaTable({ rows, oldName, newName, currency }: { rows: { kpi: AnnualFigure; years: Delta[] }[]; oldName: string; newName: string; currency: string }) {
  const years = rows[0]?.years.map((d) => d.year) ?? [];
  return (
    <table className="compare-table delta-table">
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col"><span className="visually-hidden">Scenario</span></th>
          {years.map((y) => <th key={y} scope="col">{y}</th>)}
        </tr>
      </thead>
      {rows.map(({ kpi, years: ds }) => (
        <tbody key={kpi} data-kpi={kpi}>
          <tr>
            <th scope="rowgroup" rowSpan={3} className="kpi-name">{kpiLabel(kpi)}</th>
            <th scope="row" className="side-name old-side">{oldName}</th>
            {ds.map((d) => <td key={d.year}>{d.old === null ? dash : formatKpi(kpi, d.old, currency)}</td>)}
          </tr>
          <tr>
            <th scope="row" className="side-name new-side">{newName}</th>
            {ds.map((d) => <td key={d.year}>{d.new === null ? dash : formatKpi(kpi, d.new, currency)}</td>)}
          </tr>
          <tr className="delta-row">
            <th scope="row" className="side-name">Difference</th>
            {ds.map((d) => (
              <td key={d.year} className={tone(kpi, d.abs)} data-year={d.year}>
                <span className="delta-abs">{d.abs === null ? dash : formatKpiDelta(kpi, d.abs, currency)}</span>
                <span className="delta-pct">{d.pct === null ? '' : formatPct(d.pct)}</span>
              </td>
            ))}
          </tr>
        </tbody>
      ))}
    </table>
  );
}
