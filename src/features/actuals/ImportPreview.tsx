import { useId, useMemo } from 'react';
import { Modal } from '../../components/Modal';
import { readActuals } from '../../model/actuals-import/read-actuals';
import type { Target } from '../../model/actuals-import/headers';
import type { Scenario } from '../../model/types';
import type { ActualColumn } from './columns';
import { ChangeList } from './ChangeList';
import { withSheet, type ImportSession } from './import-session';
import { MappingTable } from './MappingTable';
import { previewImport } from './preview';
import { Questions } from './Questions';

interface Props {
  scenario: Scenario;
  session: ImportSession;
  cols: readonly ActualColumn[];
  update: (s: ImportSession) => void;
  accept: (s: ImportSession, months: ReturnType<typeof previewImport>['read']['months']) => void;
  cancel: () => void;
}

/**
 * The import preview (issues 17, 22): the mapping with the first rows as read, the questions the
 * file leaves open, what reading does, every problem by row and column, and what will change.
 * Nothing reaches the scenario until Accept. A native modal <dialog>: Escape cancels.
 */
export function ImportPreview({ scenario, session, cols, update, accept, cancel }: Props) {
  const problemsId = useId();
  const p = useMemo(() => previewImport(scenario, session), [scenario, session]);
  // Questions stay on screen once answered, so an answer can be changed.
  const asked = useMemo(() => {
    const { mapping } = session.options;
    const ctx = { startYear: scenario.startYear, plans: scenario.plans };
    return session.options.decimalMark || session.options.dateOrder ? readActuals(session.table, ctx, mapping ? { mapping } : {}).asks : p.read.asks;
  }, [session, scenario.startYear, scenario.plans, p.read.asks]);
  const setTarget = (header: string, target: Target) => update({ ...session, options: { ...session.options, mapping: { ...session.options.mapping, [header]: target } } });
  const replaced = p.changes.filter((c) => c.before !== undefined).length;
  return (
    <Modal title={`Import actuals from ${session.fileName}`} onClose={cancel} className="import-preview">
      {session.book && session.book.book.sheets.length > 1 && (
        <label className="sheet-pick">
          Sheet{' '}
          <select value={session.book.sheet} onChange={(e) => update(withSheet(session, e.target.value))}>
            {session.book.book.sheets.map((s) => <option key={s}>{s}</option>)}
          </select>
        </label>
      )}
      <Questions asks={asked} options={session.options} answer={(options) => update({ ...session, options })} />
      <MappingTable columns={p.read.columns} cols={cols} planIds={scenario.plans.map((pl) => pl.id)} onChange={setTarget} />
      {(p.read.notes.length > 0 || p.read.warnings.length > 0) && (
        <ul className="import-notes">
          {p.read.notes.map((n) => <li key={n}>{n}</li>)}
          {p.read.warnings.map((w) => <li key={w} className="warning">{w}</li>)}
        </ul>
      )}
      {p.problems.length > 0 && (
        <section className="import-problems" aria-labelledby={problemsId}>
          <h3 id={problemsId}>{p.problems.length} problem{p.problems.length > 1 ? 's' : ''}: nothing is imported until {p.problems.length > 1 ? 'they are' : 'it is'} fixed</h3>
          <ul>{p.problems.slice(0, 50).map((x, i) => <li key={i}>{x}</li>)}</ul>
          {p.problems.length > 50 && <p>and {p.problems.length - 50} more</p>}
        </section>
      )}
      {p.read.asks.length === 0 && <ChangeList changes={p.changes} cols={cols} currency={scenario.currency} replaced={replaced} />}
      <div className="modal-actions">
        <button type="button" className="primary" disabled={!p.canAccept} onClick={() => accept(session, p.read.months)}>
          {p.canAccept ? `Import ${p.changes.length} figure${p.changes.length > 1 ? 's' : ''}` : 'Import'}
        </button>
        <button type="button" onClick={cancel}>Cancel</button>
      </div>
    </Modal>
  );
}
