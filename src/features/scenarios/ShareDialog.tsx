import { useMemo } from 'react';
import { evaluateScenario } from '../../state/evaluate';
import { LINK_WARN_LENGTH, shareUrl } from '../../state/share';
import { useStore } from '../../state/store';
import { downloadCopy } from './file-actions';
import { Modal } from '../../components/Modal';

/** The share link: the scenario compressed into the fragment, never sent to any server. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const scenario = useStore((s) => s.scenario);
  const notify = useStore((s) => s.notify);
  const valid = evaluateScenario(scenario).ok;
  const url = useMemo(() => shareUrl(scenario), [scenario]);
  const long = url.length > LINK_WARN_LENGTH;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      notify({ kind: 'success', text: 'Link copied. Anyone who opens it sees this scenario; it is not stored on any server.' });
    } catch (error) {
      notify({ kind: 'error', text: `The browser did not let the app copy (${error instanceof Error ? error.message : String(error)}). Select the link and copy it by hand.` });
    }
  };
  return (
    <Modal title="Share link" onClose={onClose} className="share-dialog">
      {!valid ? (
        <p className="share-warning">This scenario has invalid cells: a link to it would be refused when opened. Fix the marked cells first.</p>
      ) : (
        <>
          <p>The whole scenario is inside the link (after the #), so it is never sent to a server. Whoever opens it gets a copy in their library.</p>
          <label className="share-label">
            Link ({url.length.toLocaleString('en-US')} characters)
            <textarea className="share-url" readOnly value={url} rows={4} onFocus={(e) => e.currentTarget.select()} />
          </label>
          {long && (
            <p className="share-warning" role="alert">
              This link is longer than {LINK_WARN_LENGTH.toLocaleString('en-US')} characters: some mail and chat apps cut long links, and a cut link will not open.
              Sending the file is safer.
            </p>
          )}
        </>
      )}
      <div className="modal-actions">
        {valid && <button type="button" className={`button ${long ? '' : 'primary'}`} onClick={() => void copy()}>Copy link</button>}
        <button type="button" className={`button ${long ? 'primary' : ''}`} onClick={downloadCopy}>Download the file instead</button>
        <button type="button" className="button" onClick={onClose}>Close</button>
      </div>
    </Modal>
  );
}
