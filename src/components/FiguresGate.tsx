import type { ReactNode } from 'react';
import { useWorkingEvaluation } from '../state/evaluation';
import { useStore } from '../state/store';
import './figures-gate.css';

const SHOWN = 6;

/**
 * Shows its children (a view with figures) when the working scenario has figures of its own, and
 * otherwise an empty state that says what to fix: a scenario opened with problems, which never
 * computed, shows no figures at all rather than another scenario's.
 */
export function FiguresGate({ title, list = true, children }: { title: string; list?: boolean; children: ReactNode }) {
  const { shown, problems } = useWorkingEvaluation();
  const name = useStore((s) => s.scenario.name);
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  if (shown) return children;
  return (
    <section className="no-figures" data-testid="no-figures" aria-label={title}>
      <h2>{title}</h2>
      <p className="no-figures-lead">
        <strong>No figures yet for &ldquo;{name}&rdquo;.</strong>{' '}
        It has {problems.length === 1 ? 'a problem' : `${problems.length} problems`} to fix before anything can be computed; the figures appear as soon as {problems.length === 1 ? 'it is' : 'they are'} fixed.
      </p>
      {list && (
        <ul className="no-figures-problems">
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={`${p.place}-${i}`}><span className="problem-place">{p.place}</span>: {p.message}</li>
          ))}
          {problems.length > SHOWN && <li>and {problems.length - SHOWN} more</li>}
        </ul>
      )}
      {view !== 'model' && <button type="button" className="button primary" onClick={() => setView('model')}>Fix in the Model view</button>}
    </section>
  );
}
