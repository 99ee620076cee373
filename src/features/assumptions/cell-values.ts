import { useMemo } from 'react';
import { cellKey } from '../../model/places';
import { resolveScenario } from '../../model/resolve';
import type { Cell, CellRef, Problem, Scenario, ScenarioValues } from '../../model/types';
import { useWorkingEvaluation } from '../../state/evaluation';

export interface CellValues {
  /** Every cell's value with formulas evaluated, even while the scenario is invalid. */
  values: ScenarioValues;
  /** Cells whose formula could not be evaluated (their value means nothing). */
  broken: ReadonlySet<string>;
}

// The projection shown may be the last good one, but the grid shows what the user has typed
// now: its own resolve of the working scenario, once per scenario object.
const cache = new WeakMap<Scenario, CellValues>();

export function cellValues(scenario: Scenario): CellValues {
  let hit = cache.get(scenario);
  if (!hit) {
    const { values, problems } = resolveScenario(scenario);
    hit = { values, broken: new Set(problems.flatMap((p) => (p.cell ? [cellKey(p.cell)] : []))) };
    cache.set(scenario, hit);
  }
  return hit;
}

/** The raw cell (number or formula) the scenario holds at ref. */
export function readCell(s: Scenario, ref: CellRef): Cell {
  return ref.kind === 'driver' ? s.drivers[ref.key][ref.y]! : s.plans[ref.planIndex]![ref.field][ref.y]!;
}

/** The working scenario's problems: those on one cell by cell key, and the rest. */
export function useProblems(): { byCell: ReadonlyMap<string, string>; all: readonly Problem[] } {
  const { problems } = useWorkingEvaluation();
  return useMemo(() => {
    const byCell = new Map<string, string>();
    for (const p of problems) {
      if (!p.cell) continue;
      const key = cellKey(p.cell);
      byCell.set(key, byCell.has(key) ? `${byCell.get(key)}; ${p.message}` : p.message);
    }
    return { byCell, all: problems };
  }, [problems]);
}
