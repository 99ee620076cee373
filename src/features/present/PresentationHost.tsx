import { lazy, Suspense } from 'react';
import { useStore } from '../../state/store';

// The slides and their charts load when a presentation starts, not with the first screen.
const PresentationOverlay = lazy(() => import('./PresentationOverlay').then((m) => ({ default: m.PresentationOverlay })));

/** The presentation overlay while `presenting` is on. */
export function PresentationHost() {
  const presenting = useStore((s) => s.presenting);
  if (!presenting) return null;
  return (
    <Suspense fallback={<div className="present-loading" role="status">Loading the presentation…</div>}>
      <PresentationOverlay />
    </Suspense>
  );
}
