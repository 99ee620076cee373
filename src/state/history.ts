import type { Cell, CellRef, Scenario } from '../model/types';
import { useStore } from './store';

// Helpers around zundo's temporal store. The store records one step per scenario change; a
// gesture (a slider drag) changes the scenario many times and must still be one step.

// The gesture's start is the store's `gestureStart` (scenario slice); setting it records no
// step, since the history's equality looks at the scenario only.

/** Starts a gesture: changes until endGesture() are recorded as one undo step. */
export function beginGesture(): void {
  const { gestureStart, scenario, lastGood } = useStore.getState();
  if (gestureStart) return;
  useStore.setState({ gestureStart: { scenario, lastGood } });
  useStore.temporal.getState().pause();
}

/** Ends a gesture: records the scenario from before it as one step (if anything changed). */
export function endGesture(): void {
  const before = useStore.getState().gestureStart;
  if (!before) return;
  useStore.setState({ gestureStart: null });
  const temporal = useStore.temporal;
  temporal.getState().resume();
  if (useStore.getState().scenario === before.scenario) return;
  temporal.setState((t) => ({ pastStates: [...t.pastStates, before], futureStates: [] }));
}

/** The scenario a gesture started from (or the current one): a drag applies its value to this. */
export function gestureBase(): Scenario {
  const { gestureStart, scenario } = useStore.getState();
  return gestureStart?.scenario ?? scenario;
}

/** Whether a gesture is under way (undo waits for it to end). */
export function inGesture(): boolean {
  return useStore.getState().gestureStart !== null;
}

/** Undoes one step of the scenario. */
export function undo(): void {
  endGesture();
  useStore.temporal.getState().undo();
}

/** Redoes one step of the scenario. */
export function redo(): void {
  endGesture();
  useStore.temporal.getState().redo();
}

function cellOf(s: Scenario, ref: CellRef, planId: string | undefined): Cell | undefined {
  if (ref.kind === 'driver') return s.drivers[ref.key]?.[ref.y];
  // Plans may have moved since: find the same plan by id.
  return s.plans.find((p) => p.id === planId)?.[ref.field]?.[ref.y];
}

/** The value a cell held before its latest change, from the undo history; undefined if none. */
export function previousCell(ref: CellRef): Cell | undefined {
  const scenario = useStore.getState().scenario;
  const planId = ref.kind === 'plan' ? scenario.plans[ref.planIndex]?.id : undefined;
  const now = cellOf(scenario, ref, planId);
  const past = useStore.temporal.getState().pastStates;
  for (let i = past.length - 1; i >= 0; i--) {
    const s = past[i]!.scenario;
    if (!s) continue;
    const then = cellOf(s, ref, planId);
    if (then !== undefined && then !== now) return then;
  }
  return undefined;
}
