import { useMemo } from 'react';
import { cellKey } from '../../model/places';
import { acceptedWarnings, inputWarnings, projectionWarnings, type Warning } from '../../model/plausibility';
import type { Scenario } from '../../model/types';
import { useWorkingEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import { cellValues } from './cell-values';

export interface Warnings {
  /** The warnings not yet accepted, in grid order. */
  shown: readonly Warning[];
  /** The message of each cell's warning, by cell key. */
  byCell: ReadonlyMap<string, string>;
}

// One check per scenario object (a few dozen comparisons), shared by the grid and the list.
const cache = new WeakMap<Scenario, Warning[]>();

/** The working scenario's plausibility warnings that the planner has not accepted. */
export function useWarnings(): Warnings {
  const scenario = useStore((s) => s.scenario);
  // The Model view shows a scenario with problems and no figures too: then only the inputs warn.
  const projection = useWorkingEvaluation().shown?.projection ?? null;
  return useMemo(() => {
    let inputs = cache.get(scenario);
    if (!inputs) { inputs = inputWarnings(scenario, cellValues(scenario).values); cache.set(scenario, inputs); }
    const accepted = acceptedWarnings(scenario);
    const shown = [...inputs, ...(projection ? projectionWarnings(projection) : [])].filter((w) => !accepted.has(w.key));
    const byCell = new Map<string, string>();
    for (const w of shown) if (w.cell) byCell.set(cellKey(w.cell), w.message);
    return { shown, byCell };
  }, [scenario, projection]);
}
