import { memo } from 'react';
import { cellKey } from '../../model/places';
import type { Problem } from '../../model/types';
import { useWorkingEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import { useProblems } from './cell-values';
import type { DataRow } from './rows';
import { at, type Selection } from '../../components/grid/selection';

const SHOWN = 6;
// validate.ts names a mix-sum problem `Plan mix, <year>`; it belongs to a year, not a cell.
const MIX_PLACE = /^Plan mix, (\d{4})$/;

/** Every problem of the working scenario, each with a way to it: show the cell, or balance the mix. */
export const ProblemList = memo(function ProblemList({ rows, setSel }: { rows: readonly DataRow[]; setSel: (s: Selection) => void }) {
  const { all } = useProblems();
  const hasFigures = useWorkingEvaluation().shown !== null;
  const startYear = useStore((s) => s.scenario.startYear);
  const balanceMix = useStore((s) => s.balanceMix);
  if (all.length === 0) return null;

  const show = (p: Problem) => {
    const key = p.cell && cellKey(p.cell);
    const r = rows.findIndex((row) => key && cellKey(row.ref(p.cell!.y)) === key);
    if (r < 0) return;
    setSel(at(r, p.cell!.y));
    // After React has drawn the selection, put the keyboard on the cell.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.assumptions-grid td[data-row="${r}"][data-col="${p.cell!.y}"]`)?.focus());
  };
  const action = (p: Problem) => {
    const mix = MIX_PLACE.exec(p.place);
    if (mix) {
      const y = Number(mix[1]) - startYear;
      return <button type="button" onClick={() => balanceMix(y)}>Balance {mix[1]}</button>;
    }
    return p.cell ? <button type="button" onClick={() => show(p)}>Show</button> : null;
  };

  return (
    <section className="grid-problems" aria-labelledby="grid-problems-title">
      <h3 id="grid-problems-title" tabIndex={-1}>
        {all.length} problem{all.length > 1 ? 's' : ''} to fix: {hasFigures ? 'the figures show the last valid projection' : 'no figures until they are fixed'}
      </h3>
      <ul>
        {all.slice(0, SHOWN).map((p, i) => (
          <li key={`${p.place}-${i}`}>
            <span className="problem-place">{p.place}</span>: {p.message} {action(p)}
          </li>
        ))}
      </ul>
      {all.length > SHOWN && <p className="more">and {all.length - SHOWN} more, marked in the grid</p>}
    </section>
  );
});
