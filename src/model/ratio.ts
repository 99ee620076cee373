// MODEL.md: a figure is `null` where a denominator is 0 or a value is undefined, never NaN or
// Infinity. Inside the engine's loops NaN stands for "undefined" (a double, never boxed) and is
// turned into null when stored.

/** `a / b`, or `null` where the denominator is 0 or the result is not finite (MODEL.md: never NaN). */
export function ratio(a: number, b: number): number | null {
  if (b === 0) return null;
  const r = a / b;
  // r - r is 0 for a finite r and NaN for NaN or an infinity.
  return r - r === 0 ? r : null;
}

/** x if finite, else NaN (which then stands for a figure that is not defined). */
export function fin(x: number): number {
  return x - x === 0 ? x : NaN;
}
