import { formatProblem } from '../../model/parse-scenario';
import { useStore } from '../../state/store';
import { Modal } from '../../components/Modal';

/** A file or link that was refused: every problem as plain text; Close changes nothing. */
export function RefusedDialog() {
  const refused = useStore((s) => s.refused);
  const close = useStore((s) => s.closeRefused);
  if (!refused) return null;
  const n = refused.problems.length;
  return (
    <Modal title={`Could not open ${refused.title}`} onClose={close} className="refused-dialog">
      <p>
        {n === 1 ? 'It has 1 problem' : `It has ${n} problems`}, so nothing was changed: your current scenario is as it was.
        Fix the file and open it again.
      </p>
      <ul className="problem-list">
        {refused.problems.map((p, i) => <li key={i}>{formatProblem(p)}</li>)}
      </ul>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={close} autoFocus>Close</button>
      </div>
    </Modal>
  );
}
