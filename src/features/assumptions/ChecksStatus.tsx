import { memo } from 'react';
import { useProblems } from './cell-values';
import { useWarnings } from './use-warnings';

/** Puts the keyboard on a list below the grid (its heading), scrolled into view. */
function goTo(headingId: string): void {
  const heading = document.getElementById(headingId);
  heading?.scrollIntoView({ block: 'center' });
  heading?.focus();
}

/**
 * The Model view's head line: the grid's keys, or, when a value needs a look, how many problems
 * and values to check there are, each a button to its list below the grid. It replaces the hint
 * on the same line, so a problem appearing while the planner types never moves the grid (the
 * lists sat above it and pushed it down by their height).
 */
export const ChecksStatus = memo(function ChecksStatus() {
  const problems = useProblems().all.length;
  const warnings = useWarnings().shown.length;
  const counts = [
    problems === 0 ? '' : problems === 1 ? '1 problem to fix' : `${problems} problems to fix`,
    warnings === 0 ? '' : warnings === 1 ? '1 value to check' : `${warnings} values to check`,
  ];
  // Always there, so that a screen reader hears the count change as the planner types.
  const announced = <span className="visually-hidden" role="status">{counts.filter(Boolean).join(', ')}</span>;
  if (problems === 0 && warnings === 0) {
    return <>{announced}<p className="grid-hint">Type to edit · Enter or Tab to commit · Esc cancels · <span className="formula-mark" aria-hidden="true">ƒ</span> formula · Ctrl+R fills right</p></>;
  }
  return (
    <>{announced}<p className="grid-hint checks-status" data-testid="checks-status">
      {problems > 0 && (
        <button type="button" className="checks-problems" onClick={() => goTo('grid-problems-title')}>{`${counts[0]} ↓`}</button>
      )}
      {warnings > 0 && (
        <button type="button" className="checks-warnings" onClick={() => goTo('grid-warnings-title')}>{`${counts[1]} ↓`}</button>
      )}
      <span className="checks-where">listed below the grid</span>
    </p></>
  );
});
