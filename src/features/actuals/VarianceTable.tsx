import { formatDelta, formatFigure, percent } from '../../components/format';
import { MONTHLY_ENTRIES } from '../../model/catalogue-monthly';
import { COMPARED, direction, type ComparedMonth } from './comparison';

const WORDS = { good: 'better than plan', bad: 'worse than plan', neutral: '' } as const;
const ARROW = { good: '▲', bad: '▼', neutral: '' } as const;

/** Per figure: actual, plan, difference and %, the difference coloured by whether it is good news. */
export function VarianceTable({ cells, caption, currency }: { cells: ComparedMonth; caption: string; currency: string }) {
  const rows = COMPARED.filter((k) => cells[k]);
  return (
    <table className="variance-table">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">Figure</th><th scope="col">Actual</th><th scope="col">Plan</th><th scope="col">Difference</th><th scope="col">%</th></tr>
      </thead>
      <tbody>
        {rows.map((key) => {
          const c = cells[key]!;
          const e = MONTHLY_ENTRIES[key];
          const dir = direction(key, c.difference);
          const show = (x: number | null) => (x === null ? '—' : formatFigure(e.kind, x, currency));
          return (
            <tr key={key} data-figure={key} className={`is-${dir}`}>
              <th scope="row" title={e.explanation}>{e.label}</th>
              <td>{show(c.actual)}</td>
              <td>{show(c.plan)}</td>
              <td className="difference" title={WORDS[dir] || undefined}>
                {c.difference === null ? '—' : formatDelta(e.kind, c.difference, currency)}
                {dir !== 'neutral' && <span className="direction" aria-label={WORDS[dir]}> {ARROW[dir]}</span>}
              </td>
              <td className="difference">{c.ratio === null ? '—' : `${c.ratio > 0 ? '+' : c.ratio < 0 ? '−' : '±'}${percent(Math.abs(c.ratio), 1)}`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
