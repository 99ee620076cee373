import type { StateCreator } from 'zustand';
import type { Cell, CellRef, Scenario } from '../model/types';
import { evaluateScenario } from './evaluate';
import { addPlan, balanceMix, movePlan, removePlan, renamePlan, type Removal } from './plan-edits';
import type { LibrarySlice } from './library-slice';
import { shippedScenario } from './shipped';
import type { UiSlice } from './ui-slice';

export interface ScenarioSlice {
  /** The working scenario, formulas and all: the only document the undo history covers. */
  scenario: Scenario;
  /**
   * The latest earlier version of this same scenario that computed: what the views show, marked
   * not current, while `scenario` has an invalid cell. It is the scenario's own (edits keep it,
   * undo and redo restore it with the scenario); opening another scenario starts it afresh.
   */
  lastGood: Scenario | null;
  /**
   * The scenario as it was when a gesture (a slider drag) began: changes until it ends are one
   * undo step (state/history.ts). Not part of the undo history itself.
   */
  gestureStart: Pick<ScenarioSlice, 'scenario' | 'lastGood'> | null;
  /**
   * How many times a whole scenario has been loaded: views that show an edit's figures a moment
   * late (components/use-shown-evaluation) show another document's at once. Not undone.
   */
  opened: number;
  /**
   * Replaces the whole scenario (open a file, a link, a library entry). `lastGood`: a valid
   * earlier version of this same scenario (a restored session's), else it has none.
   */
  loadScenario: (scenario: Scenario, lastGood?: Scenario | null) => void;
  /** Sets one cell to a number or a formula. */
  setCell: (ref: CellRef, cell: Cell) => void;
  /** Applies several cell edits as one step (paste, fill right, balance mix). */
  setCells: (edits: readonly { ref: CellRef; cell: Cell }[]) => void;
  /** Changes a top-level field (name, description, currency, startYear, startingCash). */
  setField: <K extends 'name' | 'description' | 'currency' | 'startYear' | 'startingCash'>(key: K, value: Scenario[K]) => void;
  /** Replaces the scenario with a changed copy, one undo step (plans, targets). */
  updateScenario: (change: (draft: Scenario) => Scenario) => void;
  /** Adds a plan above the top tier (at most six), one undo step. */
  addPlan: () => void;
  /** Removes a plan (one stays), keeping the scenario valid; says what else had to change. */
  removePlan: (index: number) => Omit<Removal, 'scenario'>;
  /** Renames a plan; its id stays, so formulas and targets keep working. */
  renamePlan: (index: number, name: string) => void;
  /** Moves a plan to another tier position, zeroing upgrade on the top and downgrade on the bottom. */
  movePlan: (from: number, to: number) => void;
  /** Scales year y's mix to 100 %, leaving plan `keep` (and formula cells) as they are. */
  balanceMix: (y: number, keep?: number) => void;
}

/** The seed plan the app opens on. It ships with the app and always parses. */
export function baselineScenario(): Scenario {
  return shippedScenario('crm-baseline')!;
}

/** The scenario the app starts on: a shipped example named by `?example=<id>`, else the baseline. */
function initialScenario(): Scenario {
  const example = typeof location === 'undefined' ? null : new URLSearchParams(location.search).get('example');
  return (example && shippedScenario(example)) || baselineScenario();
}

/** A copy of the scenario with one cell changed. */
export function withCell(s: Scenario, ref: CellRef, cell: Cell): Scenario {
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

/**
 * The state after an edit of the same scenario: the version being replaced becomes its last good
 * one if it computed (views have evaluated it already, so this is a cache hit).
 */
export function edited(st: Pick<ScenarioSlice, 'scenario' | 'lastGood'>, scenario: Scenario): Pick<ScenarioSlice, 'scenario' | 'lastGood'> {
  if (scenario === st.scenario) return st;
  return { scenario, lastGood: evaluateScenario(st.scenario).ok ? st.scenario : st.lastGood };
}

/** The library entry the working scenario was opened from, when it is locked as a budget. */
export function lockedBudget(s: Pick<LibrarySlice, 'library' | 'document'>): { id: string; name: string } | null {
  const id = s.document.entryId;
  const entry = id === null ? undefined : s.library.find((e) => e.id === id);
  return entry?.locked ? { id: entry.id, name: entry.name } : null;
}

/** What the scenario's edits read besides it: the library (a locked budget refuses them) and notices. */
type ScenarioDeps = ScenarioSlice & Pick<LibrarySlice, 'library' | 'document'> & Pick<UiSlice, 'notify'>;

export const createScenarioSlice: StateCreator<ScenarioDeps, [], [], ScenarioSlice> = (set, get) => {
  /** Every edit's one door: refused, with a notice saying what to do, while a locked budget is open. */
  const edit = (change: (s: Scenario) => Scenario) => {
    const budget = lockedBudget(get());
    if (budget) {
      get().notify({ kind: 'warning', text: `"${budget.name}" is a locked budget and cannot be changed. Unlock it in the Scenarios view, or duplicate it and change the copy.` });
      return;
    }
    set((st) => edited(st, change(st.scenario)));
  };
  return {
    scenario: initialScenario(),
    lastGood: null,
    gestureStart: null,
    opened: 0,
    loadScenario: (scenario, lastGood = null) => set((s) => ({ scenario, lastGood, opened: s.opened + 1 })),
    setCell: (ref, cell) => edit((s) => withCell(s, ref, cell)),
    setCells: (edits) => edit((s) => edits.reduce((acc, e) => withCell(acc, e.ref, e.cell), s)),
    setField: (key, value) => edit((s) => ({ ...s, [key]: value })),
    updateScenario: (change) => edit(change),
    addPlan: () => edit(addPlan),
    removePlan: (index) => {
      if (lockedBudget(get())) { edit((s) => s); return { frozen: 0, droppedTargets: 0 }; }
      const { scenario, ...report } = removePlan(get().scenario, index);
      edit(() => scenario);
      return report;
    },
    renamePlan: (index, name) => edit((s) => renamePlan(s, index, name)),
    movePlan: (from, to) => edit((s) => movePlan(s, from, to)),
    balanceMix: (y, keep) => edit((s) => balanceMix(s, y, keep)),
  };
};
