import { useState } from 'react';
import { dismissIntro, introDismissed } from '../state/first-run';
import './first-run.css';

/**
 * Two lines for a first visit: what the app is, and what to do first. Dismissed once, it stays
 * away in this browser.
 */
export function FirstRunIntro() {
  const [shown, setShown] = useState(() => !introDismissed());
  if (!shown) return null;
  const close = () => { dismissIntro(); setShown(false); };
  return (
    <section className="first-run" aria-label="Welcome" data-testid="first-run">
      <p>
        <strong>Trajectory projects a SaaS business month by month for five years</strong> from the assumptions in the grid, all in this browser.
        <br />
        <strong>Start by typing over a figure in the grid</strong> and watch the figures beside it; the Dashboard has them all, Present puts them on slides.
      </p>
      <button type="button" onClick={close}>Got it</button>
    </section>
  );
}
