import { useMemo } from 'react';
import { attribute, type AttributionResult } from '../../model/attribution';
import { annualDeltas, cellChanges, type CellChange, type Delta } from '../../model/compare';
import type { AnnualFigure, Problem, Scenario } from '../../model/types';
import { evaluateScenario, type Projected } from '../../state/evaluate';

export interface Side extends Projected {
  /** The name shown in column heads and legends. */
  name: string;
}

export type Comparison =
  | { ok: true; old: Side; new: Side; changes: CellChange[]; deltas: { kpi: AnnualFigure; years: Delta[] }[]; attribution: AttributionResult }
  | { ok: false; which: string; problems: Problem[] };

/** Both scenarios evaluated, their differing cells, annual deltas and the attribution, computed once per pair. */
export function useComparison(oldScenario: Scenario, newScenario: Scenario): Comparison {
  return useMemo(() => {
    const o = evaluateScenario(oldScenario);
    const n = evaluateScenario(newScenario);
    if (!o.ok) return { ok: false, which: oldScenario.name, problems: o.problems };
    if (!n.ok) return { ok: false, which: newScenario.name, problems: n.problems };
    // Two scenarios with the same name still need two names on screen.
    const same = o.scenario.name === n.scenario.name;
    const old: Side = { ...o, name: same ? `${o.scenario.name} (reference)` : o.scenario.name };
    const nu: Side = { ...n, name: n.scenario.name };
    return {
      ok: true,
      old,
      new: nu,
      changes: cellChanges(o, n),
      deltas: annualDeltas(o.projection, n.projection),
      attribution: attribute(o, n, o.projection, n.projection),
    };
  }, [oldScenario, newScenario]);
}
