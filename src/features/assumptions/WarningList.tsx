import { memo } from 'react';
import { cellKey } from '../../model/places';
import { acceptWarning, type Warning } from '../../model/plausibility';
import { useStore } from '../../state/store';
import type { DataRow } from './rows';
import { at, type Selection } from '../../components/grid/selection';
import { useWarnings } from './use-warnings';

const SHOWN = 6;

/** Values to check: valid, kept and projected, but far outside what a SaaS plan holds. */
export const WarningList = memo(function WarningList({ rows, setSel }: { rows: readonly DataRow[]; setSel: (s: Selection) => void }) {
  const { shown } = useWarnings();
  const updateScenario = useStore((s) => s.updateScenario);
  if (shown.length === 0) return null;
  const show = (w: Warning) => {
    const key = w.cell && cellKey(w.cell);
    const r = rows.findIndex((row) => key && cellKey(row.ref(w.cell!.y)) === key);
    if (r < 0) return;
    setSel(at(r, w.cell!.y));
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.assumptions-grid td[data-row="${r}"][data-col="${w.cell!.y}"]`)?.focus());
  };
  return (
    <section className="grid-warnings" aria-labelledby="grid-warnings-title" data-testid="grid-warnings">
      <h3 id="grid-warnings-title" tabIndex={-1}>
        {shown.length === 1 ? '1 value to check' : `${shown.length} values to check`}: the figures use them as typed
      </h3>
      <ul>
        {shown.slice(0, SHOWN).map((w) => (
          <li key={w.key} data-warning={w.key}>
            <span className="problem-place">{w.place}</span>: {w.message}{' '}
            {w.cell && <button type="button" onClick={() => show(w)}>Show</button>}{' '}
            <button type="button" onClick={() => updateScenario((s) => acceptWarning(s, w.key))} aria-label={`Accept ${w.place} as it is`}>Accept</button>
          </li>
        ))}
      </ul>
      {shown.length > SHOWN && <p className="more">and {shown.length - SHOWN} more, marked in the grid</p>}
    </section>
  );
});
