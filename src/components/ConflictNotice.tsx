import { resolveConflict } from '../state/autosave';
import { useStore } from '../state/store';

/**
 * Two tabs edited the scenario at once: says so in words and offers both versions. Nothing is
 * lost whichever the user picks (the other version goes to the library), so there is no "cancel".
 */
export function ConflictNotice() {
  const conflict = useStore((s) => s.conflict);
  if (!conflict) return null;
  const when = new Date(conflict.otherHead.updatedAt).toLocaleTimeString();
  return (
    <div className="notice notice-warning" role="alert" data-testid="tab-conflict">
      <span className="notice-text">
        This scenario was also changed in another tab (saved at {when}, &ldquo;{conflict.other.name}&rdquo;). Automatic saving is paused here so
        that neither version is lost; {conflict.keptId ? 'this tab\u2019s version is kept in the library meanwhile. ' : ''}Choose which one to go on with.
      </span>
      <button type="button" onClick={() => resolveConflict('theirs')}>Open the other tab&rsquo;s version</button>
      <button type="button" onClick={() => resolveConflict('mine')}>Keep mine</button>
    </div>
  );
}
