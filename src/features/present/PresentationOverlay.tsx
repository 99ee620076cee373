import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { projectionId } from '../../components/projection-id';
import { useShownEvaluation } from '../../components/use-shown-evaluation';
import { WhatIfPanel } from '../../components/what-if/WhatIfPanel';
import { planLabel } from '../../model/places';
import { useStore } from '../../state/store';
import { deck } from './slides';
import { SlideBody } from './Slides';
import { usePresenterKeys } from './use-presenter-keys';
import './present.css';

/**
 * The presentation: an overlay over the whole window (full screen when the browser allows),
 * one slide at a time, with a what-if panel whose sliders every slide follows.
 */
export function PresentationOverlay() {
  // The slides draw from the deferred evaluation, so a what-if drag never waits for a chart.
  const { live, shown: evaluation } = useShownEvaluation();
  const setPresenting = useStore((s) => s.setPresenting);
  const compareLabel = useStore((s) => s.compareWith?.label ?? null);
  const { scenario, projection, stale } = evaluation;
  const hasActuals = evaluation.forecast !== null;
  const slides = useMemo(() => deck(projection.years[projection.years.length - 1]!.year, compareLabel, hasActuals), [projection, compareLabel, hasActuals]);
  const [index, setIndex] = useState(0);
  const [whatIf, setWhatIf] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const at = Math.min(index, slides.length - 1);
  const slide = slides[at]!;
  const plans = scenario.plans;
  const planNames = useMemo(() => plans.map((_, i) => planLabel({ plans }, i)), [plans]);
  const planRefs = useMemo(() => plans.map((p, i) => ({ id: p.id, name: planNames[i]! })), [plans, planNames]);
  // One object while the deferred evaluation stands, so a slider step's urgent render skips the slide.
  const data = useMemo(() => ({ evaluation, planNames, plans: planRefs }), [evaluation, planNames, planRefs]);

  const leave = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [setPresenting]);
  usePresenterKeys(at, slides.length, setIndex, leave);

  useEffect(() => {
    root.current?.focus();
    // Leaving full screen with the browser's own Escape ends the presentation too.
    const onFullscreen = () => { if (!document.fullscreenElement) setPresenting(false); };
    document.addEventListener('fullscreenchange', onFullscreen);
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      document.body.style.overflow = overflow;
    };
  }, [setPresenting]);

  return (
    <div ref={root} className={whatIf ? 'present with-what-if' : 'present'} role="dialog" aria-modal="true" aria-label={`Presentation: ${scenario.name}`} tabIndex={-1}>
      <div className="present-slide" data-slide={slide.id} data-projection={projectionId(projection)} data-live-projection={projectionId(live.projection)} aria-roledescription="slide" aria-label={`${at + 1} of ${slides.length}`}>
        <header className="present-head">
          <h2>{slide.title}</h2>
          <p className="present-scenario">{scenario.name}{stale ? ' · not current: the scenario has problems' : ''}</p>
        </header>
        <div className="present-body">
          <SlideBody id={slide.id} data={data} />
        </div>
      </div>
      {whatIf && (
        <aside className="present-what-if" aria-label="What if">
          <WhatIfPanel headingLevel={3} />
        </aside>
      )}
      <nav className="present-controls" aria-label="Slides">
        <button type="button" onClick={() => setIndex(Math.max(0, at - 1))} disabled={at === 0} aria-label="Previous slide">‹ Previous</button>
        <span className="present-counter" aria-live="polite" data-testid="slide-counter">{`${at + 1} / ${slides.length}`}</span>
        <button type="button" onClick={() => setIndex(Math.min(slides.length - 1, at + 1))} disabled={at === slides.length - 1} aria-label="Next slide">Next ›</button>
        <button type="button" className="present-toggle" aria-pressed={whatIf} onClick={() => setWhatIf(!whatIf)}>What if…</button>
        <button type="button" className="present-exit" onClick={leave}>Exit presentation</button>
      </nav>
    </div>
  );
}
