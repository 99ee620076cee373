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

/**
 * xoshiro128** seeded through splitmix32: uniform numbers in [0, 1). A class, not a closure, so
 * that a hot loop that reseeds it (Monte Carlo, once per block of runs) keeps calling the same
 * code: a new closure per seed made the optimising compiler throw away the loop's code each time.
 */
export class Random {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number) {
    this.reseed(seed);
  }

  /** Starts the stream of `seed` again. */
  reseed(seed: number): void {
    let s = seed | 0;
    const words = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) {
      const [next, out] = splitmix32(s);
      s = next;
      words[i] = out;
    }
    [this.a, this.b, this.c, this.d] = words as [number, number, number, number];
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1; // the all-zero state would only ever produce zeros
  }

  /** The next number in [0, 1). */
  next(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r / 4294967296;
  }
}

/** A uniform random number generator in [0, 1) as a function (see Random). */
export function createRandom(seed: number): () => number {
  const random = new Random(seed);
  return () => random.next();
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
