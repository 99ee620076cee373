import type { StateCreator } from 'zustand';
import type { Cell, CellRef, Scenario } from '../model/types';
import baseline from '../../scenarios/crm-baseline.json';
import { parseScenario } from '../model/parse-scenario';

export interface ScenarioSlice {
  /** The working scenario, formulas and all: the only document the undo history covers. */
  scenario: Scenario;
  /** Replaces the whole scenario (open a file, a link, a library entry). */
  loadScenario: (scenario: Scenario) => void;
  /** Sets one cell to a number or a formula. */
  setCell: (ref: CellRef, cell: Cell) => void;
  /** Applies several cell edits as one step (paste, fill right, balance mix). */
  setCells: (edits: readonly { ref: CellRef; cell: Cell }[]) => void;
  /** Changes a top-level field (name, description, currency, startYear, startingCash). */
  setField: <K extends 'name' | 'description' | 'currency' | 'startYear' | 'startingCash'>(key: K, value: Scenario[K]) => void;
  /** Replaces the scenario with a changed copy, one undo step (plans, targets). */
  updateScenario: (change: (draft: Scenario) => Scenario) => void;
}

/** The seed plan the app opens on. It ships with the app and always parses. */
export function baselineScenario(): Scenario {
  const parsed = parseScenario(baseline);
  if (!parsed.ok) throw new Error('The shipped baseline scenario does not parse');
  return parsed.scenario;
}

function withCell(s: Scenario, ref: CellRef, cell: Cell): Scenario {
  if (ref.kind === 'driver') {
    const row = s.drivers[ref.key].slice();
    row[ref.y] = cell;
    return { ...s, drivers: { ...s.drivers, [ref.key]: row } };
  }
  const plans = s.plans.slice();
  const plan = plans[ref.planIndex]!;
  const row = plan[ref.field].slice();
  row[ref.y] = cell;
  plans[ref.planIndex] = { ...plan, [ref.field]: row };
  return { ...s, plans };
}

export const createScenarioSlice: StateCreator<ScenarioSlice, [], [], ScenarioSlice> = (set) => ({
  scenario: baselineScenario(),
  loadScenario: (scenario) => set({ scenario }),
  setCell: (ref, cell) => set((st) => ({ scenario: withCell(st.scenario, ref, cell) })),
  setCells: (edits) => set((st) => ({ scenario: edits.reduce((s, e) => withCell(s, e.ref, e.cell), st.scenario) })),
  setField: (key, value) => set((st) => ({ scenario: { ...st.scenario, [key]: value } })),
  updateScenario: (change) => set((st) => ({ scenario: change(st.scenario) })),
});
