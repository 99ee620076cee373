import { useState } from 'react';
import { goalOfTarget, goalSeek, type Edit, type Goal, type GoalSeekResult } from '../../model/goal-seek';
import { parseRowName } from '../../model/inputs';
import { metricValue } from '../../model/targets';
import { ANNUAL_FIGURES, YEARS, type Scenario } from '../../model/types';
import { evaluateScenario } from '../../state/evaluation';
import { withCell } from '../../state/scenario-slice';
import { useStore } from '../../state/store';
import { resolveGoalOutput, targetText, type GoalForm } from './goal-form';
import { GoalSeekOutcome } from './GoalSeekOutcome';
import { fmt, OUTPUT_OPTIONS, parseAmount, rowOptions } from './options';
import { Field } from './Field';
import { useValuesModel } from './use-values-model';

const ANNUAL = new Set<string>(ANNUAL_FIGURES);

const KINDS: { value: Goal['kind']; label: string }[] = [
  { value: 'min', label: 'at least' },
  { value: 'max', label: 'at most' },
  { value: 'equal', label: 'exactly' },
];

export interface Solved { result: GoalSeekResult; scenario: Scenario; goal: Goal; outputLabel: string; inputLabel: string; form: GoalForm }

/** Goal seek: the value of one input (a cell, or a whole row scaled) at which an output reaches a goal. */
export function GoalSeekPanel() {
  const { scenario, values, projection, model, targets } = useValuesModel();
  const working = useStore((s) => s.scenario);
  const currency = scenario.currency;
  const rows = rowOptions(scenario);
  // Start on a target that an input can move: an output (not an input row), missed if one is.
  const [form, setForm] = useState<GoalForm>(() => {
    const outputs = targets.flatMap((t, i) => (ANNUAL.has(t.metric) ? [{ i, met: t.met }] : []));
    const first = outputs.find((t) => t.met === false) ?? outputs[0];
    return { target: first ? first.i : -1, metric: 'ebitda', y: 4, kind: 'min', value: '0', input: 'trialToPaid', inputYear: -1 };
  });
  const [solved, setSolved] = useState<Solved | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const setCells = useStore((s) => s.setCells);
  const change = (patch: Partial<GoalForm>) => setForm((f) => ({ ...f, ...patch }));
  const output = resolveGoalOutput(form, scenario);

  const apply = (edits: readonly Edit[]) => {
    const next = edits.reduce((s, e) => withCell(s, e.ref, e.value), working);
    const check = evaluateScenario(next);
    if (!check.ok) { setError(`Applying would make the scenario invalid: ${check.problems.map((p) => `${p.place}: ${p.message}`).join('; ')}`); return; }
    setCells(edits.map((e) => ({ ref: e.ref, cell: e.value })));
    setSolved(null);
    setApplied(`Applied ${edits.length === 1 ? 'one cell' : `${edits.length} cells`} as one change: undo it with Ctrl+Z or the Undo button.`);
  };

  const solve = () => {
    setApplied(null);
    setError(null);
    setSolved(null);
    const input = parseRowName(form.input, scenario.plans.map((p) => p.id));
    if (!output || !input) { setError('Pick an output and an input.'); return; }
    const current = metricValue(output.metric, output.y, values, projection);
    let goal: Goal | null;
    if (output.target) goal = goalOfTarget(output.target, current);
    else {
      const value = parseAmount(form.value, output.kind);
      goal = value === null ? null : { kind: form.kind, value };
    }
    if (!goal) { setError(output.target ? 'This target has no value to aim at.' : 'Type the value to reach, e.g. 500 or 110 %.'); return; }
    const result = goalSeek(model, { metric: output.metric, y: output.y, goal, input, inputYear: form.inputYear < 0 ? null : form.inputYear });
    const inputLabel = `${rows.find((r) => r.value === form.input)?.label ?? form.input}${form.inputYear < 0 ? ', every year' : `, ${scenario.startYear + form.inputYear}`}`;
    setSolved({ result, scenario: working, goal, outputLabel: output.label, inputLabel, form });
  };

  return (
    <div className="sens-goal">
      <form className="sens-controls" onSubmit={(e) => { e.preventDefault(); solve(); }}>
        <fieldset>
          <legend>Goal</legend>
          <Field label="Reach">{(id) => (
            <select id={id} value={form.target} onChange={(e) => change({ target: Number(e.target.value) })}>
              {scenario.targets.map((t, i) => <option key={i} value={i}>{`Target: ${targetText(t, scenario, (k, x) => fmt(k, x, currency))}`}</option>)}
              <option value={-1}>Another output…</option>
            </select>
          )}</Field>
          {form.target < 0 && (
            <>
              <Field label="Output">{(id) => (
                <select id={id} value={form.metric} onChange={(e) => change({ metric: e.target.value })}>
                  {OUTPUT_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              )}</Field>
              <Field label="Year">{(id) => (
                <select id={id} value={form.y} onChange={(e) => change({ y: Number(e.target.value) })}>
                  {Array.from({ length: YEARS }, (_, k) => <option key={k} value={k}>{scenario.startYear + k}</option>)}
                </select>
              )}</Field>
              <Field label="Should be">{(id) => (
                <select id={id} value={form.kind} onChange={(e) => change({ kind: e.target.value as Goal['kind'] })}>
                  {KINDS.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
                </select>
              )}</Field>
              <Field label={`Value${output?.kind === 'rate' ? ' (%)' : ''}`}>{(id) => <input id={id} type="text" inputMode="decimal" value={form.value} onChange={(e) => change({ value: e.target.value })} size={10} />}</Field>
            </>
          )}
        </fieldset>
        <fieldset>
          <legend>By changing</legend>
          <Field label="Input">{(id) => (
            <select id={id} value={form.input} onChange={(e) => change({ input: e.target.value })}>
              {rows.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
            </select>
          )}</Field>
          <Field label="Year">{(id) => (
            <select id={id} value={form.inputYear} onChange={(e) => change({ inputYear: Number(e.target.value) })}>
              <option value={-1}>Every year, scaled together</option>
              {Array.from({ length: YEARS }, (_, k) => <option key={k} value={k}>{scenario.startYear + k} only</option>)}
            </select>
          )}</Field>
        </fieldset>
        <button type="submit" className="sens-primary">Solve</button>
      </form>
      <p className="sens-note">
        The search stays within the input&apos;s valid range (rates 0–100 %, churn + upgrade + downgrade at most 100 %, costs from 0;
        open-ended amounts up to 10 times today&apos;s). A mix change rescales the other plans&apos; mix so each year sums to 100 %.
      </p>
      <div role="status" aria-live="polite" className="sens-result" data-testid="goal-seek-result">
        {error && <p className="sens-warning">{error}</p>}
        {applied && <p className="sens-ok">{applied}</p>}
        {solved && <GoalSeekOutcome solved={solved} stale={solved.scenario !== working} onApply={apply} />}
      </div>
    </div>
  );
}
