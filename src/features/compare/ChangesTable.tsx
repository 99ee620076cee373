import type { CellChange } from '../../model/compare';
import { formatCell } from './kpi-format';

/** Every assumption cell that differs, old -> new, with the value a formula gives. */
export function ChangesTable({ changes, oldName, newName, currency }: { changes: CellChange[]; oldName: string; newName: string; currency: string }) {
  if (changes.length === 0) return <p className="compare-same">No assumption differs: the two scenarios compute the same figures.</p>;
  return (
    <table className="compare-table changes-table">
      <thead>
        <tr>
          <th scope="col">Assumption</th>
          <th scope="col">{oldName}</th>
          <th scope="col" aria-hidden="true" />
          <th scope="col">{newName}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path.join('.')} data-place={c.place}>
            <th scope="row">{c.place}</th>
            <td className="old-cell">{formatCell(c.path, c.old, c.oldValue, currency)}</td>
            <td className="arrow" aria-hidden="true">→</td>
            <td className="new-cell">{formatCell(c.path, c.new, c.newValue, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
