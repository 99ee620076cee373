import { targetChoices, type Target } from '../../model/actuals-import/headers';
import type { ActualsRead } from '../../model/actuals-import/read-actuals';
import type { ActualColumn } from './columns';

interface Props {
  columns: ActualsRead['columns'];
  cols: readonly ActualColumn[];
  planIds: readonly string[];
  onChange: (header: string, target: Target) => void;
}

/** The mapping step: each column of the file, the figure it goes to (changeable), its first rows as read. */
export function MappingTable({ columns, cols, planIds, onChange }: Props) {
  const label = (t: Target) => (t === 'skip' ? '— leave out —' : t === 'month' ? 'Month (date)' : cols.find((c) => c.key === t)?.label ?? t);
  const choices = targetChoices(planIds);
  return (
    <table className="mapping-table">
      <caption>Columns of the file and where they go</caption>
      <thead>
        <tr><th scope="col">Column in the file</th><th scope="col">Goes to</th><th scope="col">First rows, as read</th><th scope="col">Note</th></tr>
      </thead>
      <tbody>
        {columns.map((c) => (
          <tr key={c.index} className={c.target === 'skip' ? 'is-skipped' : undefined}>
            <th scope="row">{c.header || `(column ${c.index + 1})`}</th>
            <td>
              <select aria-label={`Figure for column ${c.header || c.index + 1}`} value={c.target} onChange={(e) => onChange(c.header, e.target.value as Target)}>
                {choices.map((t) => <option key={t} value={t}>{label(t)}</option>)}
              </select>
            </td>
            <td className="samples">{c.samples.filter(Boolean).join(' · ')}</td>
            <td className="note">{c.chosen ? (c.target === c.suggested ? 'chosen' : `chosen (suggested: ${label(c.suggested)})`) : c.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
