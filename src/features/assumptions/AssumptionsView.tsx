import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { cellKey } from '../../model/places';
import { WorkingCashLine } from '../../components/CashWarning';
import { WhatIfPanel } from '../../components/what-if/WhatIfPanel';
import { useStore } from '../../state/store';
import { Grid } from './Grid';
import { PlansEditor } from './PlansEditor';
import { ChecksStatus } from './ChecksStatus';
import { ProblemList } from './ProblemList';
import { gridLines } from './rows';
import { ScenarioFields } from './ScenarioFields';
import { at, clampSelection, type Selection } from '../../components/grid/selection';
import './assumptions.css';

// Below the grid or shown only when a value needs a look: they load after the first screen, which
// keeps the initial JavaScript within its budget (bundle-budget.e2e.ts).
const FundingEditor = lazy(() => import('./FundingEditor').then((m) => ({ default: m.FundingEditor })));
const WarningList = lazy(() => import('./WarningList').then((m) => ({ default: m.WarningList })));

/**
 * The Model view's left side: the what-if sliders, the grid, then the problems and values to
 * check (below it, so that they never move it; the head line counts them), the single values.
 */
export function AssumptionsView() {
  const plans = useStore((s) => s.scenario.plans);
  const rows = useMemo(() => gridLines({ plans }).rows, [plans]);
  // Another view (the tornado) may ask for a row: the grid opens with that cell selected.
  const [request] = useState(() => useStore.getState().focusRequest);
  const [selection, setSel] = useState<Selection>(() => {
    if (!request) return at(0, 0);
    const r = rows.findIndex((row) => cellKey(row.ref(request.ref.y)) === cellKey(request.ref));
    return r >= 0 ? at(r, request.ref.y) : at(0, 0);
  });
  useEffect(() => {
    if (!request) return;
    useStore.getState().clearFocusRequest();
    document.querySelector<HTMLElement>(`.assumptions-grid td[data-row="${selection.row}"][data-col="${selection.col}"]`)?.focus();
    // Only on arrival: later moves are the grid's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const sel = clampSelection(selection, rows.length);
  const whatIf = useStore((s) => s.modelWhatIfOpen);
  const setModelWhatIfOpen = useStore((s) => s.setModelWhatIfOpen);
  const toggle = () => setModelWhatIfOpen(!whatIf);
  return (
    <section className="assumptions" aria-labelledby="assumptions-title">
      <div className="assumptions-head">
        <h2 id="assumptions-title">Assumptions</h2>
        <ChecksStatus />
        <button type="button" className="toggle" aria-expanded={whatIf} aria-controls="what-if-panel" onClick={toggle}>
          {whatIf ? 'Hide what-if' : 'Show what-if'}
        </button>
      </div>
      <WorkingCashLine />
      <div id="what-if-panel" hidden={!whatIf}>{whatIf && <WhatIfPanel />}</div>
      <Grid sel={sel} setSel={setSel} />
      <ProblemList rows={rows} setSel={setSel} />
      <Suspense fallback={null}><WarningList rows={rows} setSel={setSel} /></Suspense>
      <div className="assumptions-forms">
        <ScenarioFields />
        <PlansEditor />
        <Suspense fallback={null}><FundingEditor /></Suspense>
      </div>
    </section>
  );
}
