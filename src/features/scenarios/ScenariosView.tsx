import { hasUnsavedChanges } from '../../state/library-slice';
import { SHIPPED } from '../../state/shipped';
import { useStore } from '../../state/store';
import { downloadCopy } from './file-actions';
import { LibraryRow } from './LibraryRow';
// Sample actuals that ship beside the examples: a CSV to try the Actuals view's import on.
import sampleActuals from '../../../scenarios/crm-actuals-2026.csv?raw';

function downloadSampleActuals() {
  const url = URL.createObjectURL(new Blob([sampleActuals], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'crm-actuals-2026.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// The library page: the working scenario, the user's own scenarios kept in this browser, and the
// examples that ship with the app.

function WorkingCard() {
  const name = useStore((s) => s.scenario.name);
  const document = useStore((s) => s.document);
  const dirty = useStore(hasUnsavedChanges);
  const entryName = useStore((s) => s.library.find((e) => e.id === s.document.entryId)?.name);
  const saveToLibrary = useStore((s) => s.saveToLibrary);
  const origin = entryName ? `library entry "${entryName}"` : document.fileName ? `file "${document.fileName}"` : null;
  return (
    <section className="working-card" aria-labelledby="working-title">
      <h2 id="working-title">Open now: {name}</h2>
      <p className="working-status">
        {origin ? `From the ${origin}. ` : ''}
        {dirty ? 'It has changes not saved to a file or the library; they are kept in this browser automatically.' : 'No unsaved changes.'}
      </p>
      <div className="button-row">
        <button type="button" className="button primary" onClick={saveToLibrary}>{entryName ? 'Save changes to the library' : 'Save to library'}</button>
        <button type="button" className="button" onClick={downloadCopy}>Download a copy</button>
      </div>
    </section>
  );
}

export function ScenariosView() {
  const library = useStore((s) => s.library);
  const openId = useStore((s) => s.document.entryId);
  const { openScenario, addEntry, setCompareWith, setView } = useStore.getState();
  return (
    <div className="scenarios-view">
      <WorkingCard />
      <section aria-labelledby="library-title">
        <h2 id="library-title">Your library</h2>
        <p className="hint">Kept in this browser only. Save a file or a share link to move a scenario to another computer.</p>
        {library.length === 0 ? (
          <p className="empty-library">No saved scenarios yet: use Save to library, or open a share link.</p>
        ) : (
          <table className="library-table" aria-labelledby="library-title">
            <thead><tr><th scope="col">Name</th><th scope="col">Last changed</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>{library.map((e) => <LibraryRow key={e.id} entry={e} isOpen={e.id === openId} />)}</tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="shipped-title">
        <h2 id="shipped-title">Examples</h2>
        <table className="library-table shipped-table" aria-labelledby="shipped-title">
          <thead><tr><th scope="col">Name</th><th scope="col">About</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {SHIPPED.map(({ id, scenario }) => (
              <tr key={id} data-entry={scenario.name}>
                <th scope="row" className="entry-name">{scenario.name}</th>
                <td className="entry-about">{scenario.description}</td>
                <td className="entry-actions">
                  <button type="button" className="button small primary" onClick={() => openScenario(scenario, {})} aria-label={`Open ${scenario.name}`}>Open</button>
                  <button type="button" className="button small" onClick={() => addEntry({ ...scenario, name: `${scenario.name} (copy)` })} aria-label={`Duplicate ${scenario.name}`}>Duplicate</button>
                  <button type="button" className="button small" onClick={() => { setCompareWith({ label: `Example: ${scenario.name}`, scenario }); setView('compare'); }} aria-label={`Compare with ${scenario.name}`}>Compare</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">
          Sample actuals: <button type="button" className="button small" onClick={downloadSampleActuals}>Download crm-actuals-2026.csv</button> the first six months of 2026 as a CSV file. Import it into the baseline from the Actuals view (or open the example above that already holds them).
        </p>
      </section>
    </div>
  );
}
