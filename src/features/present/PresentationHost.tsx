import { lazy, Suspense } from 'react';
import { useWorkingEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';

// The slides and their charts load when a presentation starts, not with the first screen.
const PresentationOverlay = lazy(() => import('./PresentationOverlay').then((m) => ({ default: m.PresentationOverlay })));

/** The presentation overlay while `presenting` is on. */
export function PresentationHost() {
  const presenting = useStore((s) => s.presenting);
  // No figures of its own (the Present button says why): nothing to present, never another's.
  const hasFigures = useWorkingEvaluation().shown !== null;
  if (!presenting || !hasFigures) return null;
  return (
    <Suspense fallback={<div className="present-loading" role="status">Loading the presentation…</div>}>
      <PresentationOverlay />
    </Suspense>
  );
}
