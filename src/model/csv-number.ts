// CSV and other text exports: a number as a spreadsheet should read it. The engine's sums carry
// binary noise (199999.99999999997 for 200000); twelve significant digits drop the noise and keep
// every digit a planner's inputs can hold. Only at the edge: the model keeps full precision.

/** A number for a CSV field: `String(Number(x.toPrecision(12)))`, so 199999.99999999997 -> 200000. */
export function csvNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const tidy = Number(x.toPrecision(12));
  return String(Object.is(tidy, -0) ? 0 : tidy);
}
