import { lazy, Suspense, useMemo, useRef, useState, type DragEvent } from 'react';
import { at, type Selection } from '../../components/grid/selection';
import { useWorkingEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import { ActualsGrid } from './ActualsGrid';
import { actualColumns } from './columns';
import { ImportPreview } from './ImportPreview';
import { openImport, type ImportSession } from './import-session';
import { rememberMapping } from './mapping-memory';
import { actualProblems } from './problems';
import './actuals.css';

const PlanVsActual = lazy(() => import('./PlanVsActual').then((m) => ({ default: m.PlanVsActual })));


/** The Actuals view: what really happened, month by month; importing it; holding it against the plan. */
export function ActualsView() {
  const scenario = useStore((s) => s.scenario);
  // The grid stays open while the scenario has problems: a bad actual is fixed here.
  const { problems } = useWorkingEvaluation();
  const months = useMemo(() => scenario.actuals ?? [], [scenario.actuals]);
  const cols = useMemo(() => actualColumns(scenario.plans), [scenario.plans]);
  const byCell = useMemo(() => actualProblems(problems, cols), [problems, cols]);
  // The months given, then the rest of that year and one more month to type into.
  const rowCount = Math.min(60, Math.max(12, Math.ceil((months.length + 1) / 12) * 12));
  const [sel, setSel] = useState<Selection>(() => at(Math.min(months.length, rowCount - 1), 0));
  const [session, setSession] = useState<ImportSession | null>(null);
  const tab = useStore((s) => s.actualsTab);
  const picker = useRef<HTMLInputElement>(null);
  const notify = useStore((s) => s.notify);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const r = await openImport(file);
    if (r.ok) setSession(r.session);
    else notify({ kind: 'error', text: `Nothing was imported: ${r.message}` });
  };
  const accept = (s: ImportSession, imported: NonNullable<typeof scenario.actuals>) => {
    useStore.getState().importActuals(imported);
    rememberMapping(s.headerKey, s.options.mapping ?? {});
    setSession(null);
    notify({ kind: 'success', text: `Imported actuals from "${s.fileName}". Undo (Ctrl+Z) takes the whole import back.` });
  };
  const clear = () => {
    useStore.getState().clearActuals();
    notify({ kind: 'info', text: 'Cleared all actuals. Undo (Ctrl+Z) brings them back.' });
  };
  // A file dropped here is actuals, not a scenario: the page-wide drop must not see it.
  const onDragOver = (e: DragEvent) => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); e.stopPropagation(); } };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer.files.length) return;
    e.preventDefault();
    e.stopPropagation();
    void open(e.dataTransfer.files[0]);
  };
  const pick = useStore((s) => s.setActualsTab);
  const tail = byCell.general;

  return (
    <section className="actuals" aria-labelledby="actuals-title" onDragOver={onDragOver} onDrop={onDrop}>
      <div className="actuals-head">
        <h2 id="actuals-title">Actuals</h2>
        <div role="tablist" aria-label="Actuals views" className="actuals-tabs">
          <button type="button" role="tab" aria-selected={tab === 'enter'} onClick={() => pick('enter')}>Enter and import</button>
          <button type="button" role="tab" aria-selected={tab === 'compare'} onClick={() => pick('compare')} disabled={!months.length} title={months.length ? undefined : 'Enter or import actual months first'}>Plan vs actual</button>
        </div>
        <p className="grid-hint">{months.length ? `${months.length} actual month${months.length > 1 ? 's' : ''}, through ${months[months.length - 1]!.month}` : 'No actual months yet'} · drop a CSV or Excel file here to import</p>
        <button type="button" onClick={() => picker.current?.click()}>Import CSV or Excel…</button>
        <input ref={picker} type="file" aria-label="Actuals file to import" accept=".csv,.tsv,.txt,.xlsx,text/csv" hidden onChange={(e) => { void open(e.target.files?.[0]); e.target.value = ''; }} />
        <button type="button" onClick={clear} disabled={!months.length}>Clear all actuals</button>
      </div>
      {tail.length > 0 && (
        <ul className="actuals-problems" aria-label="Problems in the actuals">
          {tail.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
      {tab === 'enter' || !months.length ? (
        <>
          <p className="grid-hint">Type in the unit shown · Enter or Tab to commit · Delete clears · paste from Excel or Sheets · an empty cell takes the plan's figure · typing below the last month adds months</p>
          <ActualsGrid months={months} cols={cols} rowCount={rowCount} startYear={scenario.startYear} currency={scenario.currency} problems={byCell.cells} sel={sel} setSel={setSel} />
        </>
      ) : (
        <Suspense fallback={<p role="status">Loading…</p>}><PlanVsActual /></Suspense>
      )}
      {session && <ImportPreview scenario={scenario} session={session} cols={cols} update={setSession} accept={accept} cancel={() => setSession(null)} />}
    </section>
  );
}
