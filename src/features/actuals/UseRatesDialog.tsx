import { Modal } from '../../components/Modal';
import { percent } from '../../components/format';
import type { Scenario } from '../../model/types';
import { useStore } from '../../state/store';
import type { RateEdit } from './rates';

const raw = (s: Scenario, e: RateEdit) => (e.ref.kind === 'driver' ? s.drivers[e.ref.key][e.ref.y] : s.plans[e.ref.planIndex]![e.ref.field][e.ref.y]);

/** The preview of "Use these rates": each assumption before and after; applying is one undo step. */
export function UseRatesDialog({ edits, scenario, close }: { edits: readonly RateEdit[]; scenario: Scenario; close: () => void }) {
  const apply = () => {
    useStore.getState().setCells(edits.map(({ ref: r, cell }) => ({ ref: r, cell })));
    useStore.getState().notify({ kind: 'success', text: `Wrote ${edits.length} assumption${edits.length > 1 ? 's' : ''} from the actual rates. Undo (Ctrl+Z) puts them back.` });
    close();
  };
  return (
    <Modal title="Use the actual rates in the assumptions" onClose={close} className="import-preview rates-dialog">
      <table className="variance-table">
        <thead><tr><th scope="col">Assumption</th><th scope="col">Now</th><th scope="col">After</th></tr></thead>
        <tbody>
          {edits.map((e) => {
            const formula = typeof raw(scenario, e) === 'string';
            return (
              <tr key={e.label}>
                <th scope="row">{e.label}</th>
                <td>{percent(e.before, 2)}{formula && <span className="note"> (formula {String(raw(scenario, e))}, replaced)</span>}</td>
                <td>{percent(e.cell, 2)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={apply}>Apply {edits.length} change{edits.length > 1 ? 's' : ''}</button>
        <button type="button" onClick={close}>Cancel</button>
      </div>
    </Modal>
  );
}
