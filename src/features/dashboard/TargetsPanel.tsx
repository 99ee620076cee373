import { memo, useCallback, useMemo, useState } from 'react';
import { projectionId } from '../../components/projection-id';
import { targetsSummary } from '../../components/cash-warning';
import { metricInfo, type PlanRef } from '../../components/charts/metrics';
import { evaluateTargets } from '../../model/targets';
import type { Projection, Target, TargetResult } from '../../model/types';
import { workingEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import { metricGroups, retarget } from './target-edit';
import { TargetRow } from './TargetRow';

interface Props {
  projection: Projection;
  results: readonly TargetResult[];
  stale: boolean;
  plans: readonly PlanRef[];
  currency: string;
}

/** A new target that means something at once: this year's ARR as the last year's minimum. */
function newTarget(projection: Projection): Target {
  const last = projection.years[projection.years.length - 1]!;
  const arr = last.arr ?? 0;
  const rounded = arr > 0 ? Number(arr.toPrecision(2)) : 1_000_000;
  return { metric: 'arr', year: last.year, min: rounded };
}

/** The scenario's targets: read at a glance, and edited in place (each change is one undo step). */
export const TargetsPanel = memo(function TargetsPanel({ projection, results, stale, plans, currency }: Props) {
  const targets = useStore((s) => s.scenario.targets);
  const updateScenario = useStore((s) => s.updateScenario);
  const [editing, setEditing] = useState(false);
  const yearsKey = projection.years.map((y) => y.year).join(',');
  const years = useMemo(() => yearsKey.split(',').map(Number), [yearsKey]);
  // Results line up with the targets only when the projection is current.
  const current = !stale && results.length === targets.length;
  // Stable while the figures stand, so a row whose target and result did not move skips its render.
  const change = useCallback((i: number, next: Target) => updateScenario((s) => ({
    ...s,
    targets: s.targets.map((t, j) => {
      if (j !== i) return t;
      if (next.metric === t.metric) return next;
      // Another metric: its bound starts from its value on screen that year.
      const values = workingEvaluation(useStore.getState()).shown?.values;
      const value = values ? evaluateTargets([{ metric: next.metric, year: next.year, min: 0 }], values, projection)[0]?.value ?? null : null;
      return retarget(next, next.metric, value, metricInfo(next.metric, plans).higherIsBetter);
    }),
  })), [updateScenario, projection, plans]);
  const remove = useCallback((i: number) => updateScenario((s) => ({ ...s, targets: s.targets.filter((_, j) => j !== i) })), [updateScenario]);
  const add = () => { updateScenario((s) => ({ ...s, targets: [...s.targets, newTarget(projection)] })); setEditing(true); };
  // Some forty options per row: built once per set of plans, and reused as the same element.
  const metricOptions = useMemo(() => metricGroups(plans).map((g) => (
    <optgroup key={g.label} label={g.label}>
      {g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </optgroup>
  )), [plans]);
  const met = current ? results.filter((r) => r.met === true).length : null;
  return (
    <section className="dash-section targets" aria-labelledby="targets-title" data-projection={projectionId(projection)}>
      <div className="section-head">
        <h2 id="targets-title">Targets</h2>
        <p className="section-sub">
          {met === null ? 'Not current' : targetsSummary(met, targets.length, projection.summary.cashOutMonth !== null)}
        </p>
        <div className="section-actions">
          <button type="button" onClick={() => setEditing(!editing)} aria-pressed={editing}>{editing ? 'Done editing' : 'Edit targets'}</button>
          <button type="button" onClick={add}>Add a target</button>
        </div>
      </div>
      {targets.length === 0 ? (
        <p>No targets yet. Add one to check a figure against a goal.</p>
      ) : (
        <table className="targets-table">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Year</th>
              {editing ? <><th scope="col">Minimum</th><th scope="col">Maximum</th></> : <th scope="col">Target</th>}
              <th scope="col" className="num">Value</th>
              <th scope="col">Status</th>
              {editing && <th scope="col"><span className="visually-hidden">Remove</span></th>}
            </tr>
          </thead>
          <tbody>
            {targets.map((t, i) => (
              <TargetRow
                key={i} index={i} target={t} result={current ? results[i] : undefined}
                plans={plans} years={years} currency={currency} editing={editing} metricOptions={metricOptions}
                onChange={change} onRemove={remove}
              />
            ))}
          </tbody>
        </table>
      )}
      {editing && <p className="section-sub">Rates are typed as percent (9 means 9 %). Leave a bound empty for none; press Enter to apply.</p>}
    </section>
  );
});
