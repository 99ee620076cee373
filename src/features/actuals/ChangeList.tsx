import { formatValue } from '../../components/grid/units';
import type { ActualChange } from '../../model/actuals-import/merge';
import type { ActualColumn } from './columns';

const SHOWN = 60;

/** What an import will change: a summary line, then each figure before and after. */
export function ChangeList({ changes, cols, currency, replaced }: { changes: readonly ActualChange[]; cols: readonly ActualColumn[]; currency: string; replaced: number }) {
  if (!changes.length) return <p className="import-summary">Nothing will change: the scenario already holds these figures.</p>;
  const months = [...new Set(changes.map((c) => c.month))].sort();
  const col = (key: string) => cols.find((c) => c.key === key);
  const show = (key: string, x: number | undefined) => {
    const c = col(key);
    return x === undefined ? '—' : c ? formatValue(x, c.unit, currency) : String(x);
  };
  return (
    <details className="import-changes">
      <summary className="import-summary">
        Will set {changes.length} figure{changes.length > 1 ? 's' : ''} in {months.length} month{months.length > 1 ? 's' : ''} ({months[0]}{months.length > 1 ? `..${months[months.length - 1]}` : ''}){replaced ? `, replacing ${replaced} the scenario already had` : ''}. Other actual figures stay as they are.
      </summary>
      <table>
        <thead><tr><th scope="col">Month</th><th scope="col">Figure</th><th scope="col">Now</th><th scope="col">After import</th></tr></thead>
        <tbody>
          {changes.slice(0, SHOWN).map((c) => (
            <tr key={`${c.month}:${c.figure}`}>
              <td>{c.month}</td><td>{col(c.figure)?.label ?? c.figure}</td><td>{show(c.figure, c.before)}</td><td>{show(c.figure, c.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > SHOWN && <p>and {changes.length - SHOWN} more</p>}
    </details>
  );
}
