// Seeded random numbers for Monte Carlo runs (STYLE.md: never Math.random in anything a run or
// a test depends on). xoshiro128** is small, fast in 32-bit integer arithmetic and passes the
// usual statistical batteries; splitmix32 spreads a small seed (1, 2, 3 ...) over its state.

/** splitmix32: the next 32-bit state and output from a 32-bit seed (seeding only). */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return [next, (z ^ (z >>> 15)) >>> 0];
}

/** A uniform random number generator in [0, 1): xoshiro128** seeded through splitmix32. */
export function createRandom(seed: number): () => number {
  let s = seed | 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [next, out] = splitmix32(s);
    s = next;
    words.push(out);
  }
  let [a, b, c, d] = words as [number, number, number, number];
  if ((a | b | c | d) === 0) a = 1; // the all-zero state would only ever produce zeros
  return () => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * The triangular distribution's quantile (inverse CDF) at u in [0, 1): with F(mode) =
 * (mode - low) / (high - low), x = low + sqrt(u (high - low)(mode - low)) below it and
 * high - sqrt((1 - u)(high - low)(high - mode)) above. A range of zero width returns low exactly.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (!(width > 0)) return low;
  const split = (mode - low) / width;
  return u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
}
