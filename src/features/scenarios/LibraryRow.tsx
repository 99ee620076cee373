import { useState } from 'react';
import type { LibraryEntry } from '../../state/library-store';
import { useStore } from '../../state/store';

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** One of the user's scenarios: open, rename in place, duplicate, compare, lock as a budget, delete (undoable). */
export function LibraryRow({ entry, isOpen }: { entry: LibraryEntry; isOpen: boolean }) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.name);
  const { openEntry, renameEntry, duplicateEntry, deleteEntry, setCompareWith, setView, setEntryLocked } = useStore.getState();
  const locked = entry.locked === true;
  const commit = () => { renameEntry(entry.id, draft); setRenaming(false); };
  return (
    <tr data-entry={entry.name}>
      <th scope="row" className="entry-name">
        {renaming ? (
          <form className="rename-form" onSubmit={(e) => { e.preventDefault(); commit(); }}>
            <input
              aria-label={`New name for ${entry.name}`}
              value={draft}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Escape') { setDraft(entry.name); setRenaming(false); } }}
            />
            <button type="submit" className="button small primary">Save name</button>
            <button type="button" className="button small" onClick={() => { setDraft(entry.name); setRenaming(false); }}>Cancel</button>
          </form>
        ) : (
          <>
            {entry.name}
            {isOpen && <span className="open-badge">open</span>}
            {locked && <span className="open-badge locked-badge" title="Locked as a budget: read-only until unlocked">budget · locked</span>}
          </>
        )}
      </th>
      <td><time dateTime={entry.updatedAt}>{when.format(new Date(entry.updatedAt))}</time></td>
      <td className="entry-actions">
        <button type="button" className="button small primary" onClick={() => openEntry(entry.id)} aria-label={`Open ${entry.name}`}>Open</button>
        <button type="button" className="button small" disabled={locked} title={locked ? 'Unlock it to rename it' : undefined} onClick={() => { setDraft(entry.name); setRenaming(true); }} aria-label={`Rename ${entry.name}`}>Rename</button>
        <button type="button" className="button small" onClick={() => duplicateEntry(entry.id)} aria-label={`Duplicate ${entry.name}`}>Duplicate</button>
        <button type="button" className="button small" onClick={() => { setCompareWith({ label: `Library: ${entry.name}`, scenario: entry.scenario }); setView('compare'); }} aria-label={`Compare with ${entry.name}`}>Compare</button>
        <button type="button" className="button small" aria-pressed={locked} onClick={() => setEntryLocked(entry.id, !locked)} aria-label={`${locked ? 'Unlock' : 'Lock as budget'} ${entry.name}`}>{locked ? 'Unlock' : 'Lock as budget'}</button>
        <button type="button" className="button small danger" onClick={() => deleteEntry(entry.id)} aria-label={`Delete ${entry.name}`}>Delete</button>
      </td>
    </tr>
  );
}
