// floor and ceil of formula cells, number-only, with mathjs's own rule (mathjs 15, its number build):
// a value within the relative tolerance of an integer is that integer, so floor(0.1*30) is 3, not 2.
// formula.ts builds them into its mathjs instance instead of mathjs's floor and ceil, whose modules
// also load decimal.js (BigNumber, which a number-only instance never uses) onto the first screen.

/** What a mathjs factory is given (mathjs's types call config a function; injected, it is the options). */
export interface RoundingDeps {
  typed: (name: string, signatures: Record<string, (...args: number[]) => number>) => unknown;
  config: { relTol: number; absTol: number };
  round: (x: number) => number;
}

/** mathjs's nearlyEqual: |a - b| <= max(relTol * max(|a|, |b|), absTol). */
function nearlyEqual(a: number, b: number, relTol: number, absTol: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(relTol * Math.max(Math.abs(a), Math.abs(b)), absTol);
}

/** The body of a mathjs factory for `floor` or `ceil` on numbers: `f(x)` and `f(x, decimals)`. */
export function nearIntegerRounding(name: 'floor' | 'ceil') {
  const toward = name === 'floor' ? Math.floor : Math.ceil;
  return ({ typed, config, round }: RoundingDeps): unknown => {
    const one = (x: number): number => {
      const t = toward(x);
      const r = round(x);
      if (t === r) return t;
      return nearlyEqual(x, r, config.relTol, config.absTol) && !nearlyEqual(x, t, config.relTol, config.absTol) ? r : t;
    };
    return typed(name, {
      number: one,
      'number, number': (x: number, n: number) => {
        if (!(Number.isFinite(n) && n === Math.round(n))) throw new RangeError(`number of decimals in function ${name} must be an integer`);
        if (n < 0 || n > 15) throw new RangeError(`number of decimals in ${name} number must be in range 0 - 15`);
        const shift = 10 ** n;
        return one(x * shift) / shift;
      },
    });
  };
}
