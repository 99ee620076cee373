import type { Projection } from '../model/types';

// A short, stable name for a projection object, so every region of a view can say which
// projection it was drawn from (data-projection) and tests and the benchmark can check that a
// view never mixes two. Projections are new objects only when the scenario changes.
const ids = new WeakMap<Projection, number>();
let next = 1;

/** The projection's identity: the same number for the same object, a new one for each new object. */
export function projectionId(p: Projection): number {
  let id = ids.get(p);
  if (id === undefined) { id = next++; ids.set(p, id); }
  return id;
}
