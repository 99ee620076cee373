import { lockedBudget } from '../state/scenario-slice';
import { useStore } from '../state/store';
import './forecast-bar.css';

/** Says, on every view, that the open scenario is a locked budget: read-only, with the way out. */
export function LockedBanner() {
  const budget = useStore((s) => lockedBudget(s)?.name ?? null);
  const entryId = useStore((s) => s.document.entryId);
  if (budget === null || entryId === null) return null;
  const { setEntryLocked, duplicateEntry, setView } = useStore.getState();
  return (
    <div className="locked-banner" role="status" data-testid="locked-banner">
      <strong>{`"${budget}" is a locked budget: read-only.`}</strong>
      <span>Unlock it to change it, or duplicate it and change the copy.</span>
      <button type="button" className="button small" onClick={() => setEntryLocked(entryId, false)}>Unlock</button>
      <button type="button" className="button small" onClick={() => { duplicateEntry(entryId); setView('scenarios'); }}>Duplicate</button>
    </div>
  );
}
