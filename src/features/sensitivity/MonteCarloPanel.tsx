import { useEffect, useRef } from 'react';
import { MAX_RUNS } from '../../model/monte-carlo';
import { count } from '../../components/format';
import { useEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import { prewarmMonteCarlo } from '../../workers/monte-carlo-client';
import { MonteCarloResults } from './MonteCarloResults';
import { Field } from './Field';
import { RangesEditor } from './RangesEditor';

/** Monte Carlo: ranges on inputs, seeded runs in a worker with progress and Cancel, then the fans and odds. */
export function MonteCarloPanel() {
  const settings = useStore((s) => s.monteCarloSettings);
  const setSettings = useStore((s) => s.setMonteCarloSettings);
  const mc = useStore((s) => s.monteCarlo);
  const run = useStore((s) => s.runMonteCarlo);
  const cancel = useStore((s) => s.cancelMonteCarlo);
  const working = useStore((s) => s.scenario);
  const { stale } = useEvaluation();
  const running = mc.phase === 'running';
  const ranged = (working.uncertainty?.length ?? 0) > 0;
  // Runs without a range would all be today's projection: nothing to learn, so Run waits for one.
  const blocked = stale ? 'Fix the scenario\'s problems to run.' : !ranged ? 'Give at least one input a range above to run: without one every run is today\'s projection.' : null;
  // Starting a worker costs more than the runs: start them while the planner sets the ranges.
  // The scenario is read when the workers start, not followed: its later edits need no warm-up.
  const scenarioAtStart = useRef(working);
  useEffect(() => prewarmMonteCarlo(settings.runs, scenarioAtStart.current), [settings.runs]);
  const prepareMonteCarlo = useStore((s) => s.prepareMonteCarlo);
  useEffect(prepareMonteCarlo, [prepareMonteCarlo]);
  return (
    <div className="sens-mc">
      <h3>Ranges</h3>
      <p className="sens-note">
        Each range is triangular: low, most likely, high. A range on every year draws once per run and moves the whole row;
        a range on one year replaces it in that year. Ranges are saved in the scenario file.
      </p>
      <RangesEditor />
      <h3>Runs</h3>
      <div className="sens-controls">
        <Field label="Runs">{(id) => <input id={id} type="number" min={100} max={MAX_RUNS} step={100} value={settings.runs} onChange={(e) => setSettings({ runs: Number(e.target.value) })} />}</Field>
        <Field label="Seed">{(id) => <input id={id} type="number" step={1} value={settings.seed} onChange={(e) => setSettings({ seed: Number(e.target.value) })} />}</Field>
        <button type="button" className="sens-primary" onClick={run} disabled={running || blocked !== null} aria-describedby={blocked ? 'mc-blocked' : undefined}>Run</button>
        <button type="button" onClick={cancel} disabled={!running}>Cancel</button>
      </div>
      <p className="sens-note">The same seed and ranges give the same results. Runs go on in the background while you edit the model, and pause for a moment at each key press or drag so the grid stays quick.</p>
      {blocked && <p className="sens-warning" id="mc-blocked" data-testid="mc-blocked">{blocked}</p>}
      <div className="sens-progress" role="status" aria-live="polite">
        {(running || mc.phase === 'cancelled') && (
          <>
            <label htmlFor="mc-progress">Monte Carlo progress</label>
            <progress id="mc-progress" max={Math.max(1, mc.total)} value={mc.done} />
            <span data-testid="mc-progress-text">{`${count(mc.done)} of ${count(mc.total)} runs`}</span>
          </>
        )}
        {mc.phase === 'cancelled' && <p data-testid="mc-cancelled">Cancelled after {count(mc.done)} of {count(mc.total)} runs.</p>}
        {mc.fallback && <p className="sens-warning" data-testid="mc-fallback">The runs could not use a background worker ({mc.fallback}), so they go on in this page in short slices: it may respond a little more slowly.</p>}
        {mc.phase === 'failed' && <p className="sens-warning">The runs failed: {mc.error}</p>}
      </div>
      {mc.phase === 'done' && mc.result && mc.scenario && (
        <MonteCarloResults result={mc.result} scenario={mc.scenario} via={mc.via} workers={mc.workers} elapsedMs={mc.elapsedMs} phases={mc.phases} outdated={mc.scenario !== working} />
      )}
    </div>
  );
}
