import { memo } from 'react';
import { Figure } from '../../components/Figure';
import { formatCompact } from '../../components/charts/metrics';
import type { Projection } from '../../model/types';
import { HEADLINE_KEYS, panelFigure, yearValue } from './figures';
import { moveMark, movedProps } from './moved';

interface Props {
  projection: Projection;
  before: Projection | null;
  currency: string;
}

/** Revenue, ARR, EBITDA, ending cash (and runway) for every year, with what the last edit moved. */
// Memoised: the panel re-renders at once on each edit (it reads the live evaluation) but its
// figures only when the deferred one catches up; the urgent render must skip them.
export const HeadlineTable = memo(function HeadlineTable({ projection, before, currency }: Props) {
  const years = projection.years;
  const rows = HEADLINE_KEYS.map(panelFigure).filter((f) => yearValue(years[0]!, f.key) !== undefined);
  return (
    <table className="kpi-table trajectory-table headline-table">
      <caption className="visually-hidden">Headline figures by year</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          {years.map((y) => <th key={y.year} scope="col">{y.year}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => (
          <tr key={f.key} data-figure={f.key}>
            <th scope="row" title={`${f.entry.label}: ${f.entry.explanation}`}>{f.entry.shortLabel}</th>
            {years.map((y, i) => {
              const value = yearValue(y, f.key) ?? null;
              const mark = before ? moveMark(yearValue(before.years[i]!, f.key), value) : '';
              return (
                <td key={y.year} data-year={y.year} {...movedProps(mark)}>
                  <Figure value={value} format={(x) => formatCompact(f.kind, x, currency)} whyNull={f.entry.whyNull ?? ''} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
