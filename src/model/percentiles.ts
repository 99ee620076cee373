// Percentiles of many runs without sorting each column. A histogram pass finds the bin that
// holds each wanted rank; only that bin's values are then put in order (Hoare's quickselect).
// Bins are ordered like the values, so the result is exact, not an estimate.

const BINS = 1024;
const counts = new Int32Array(BINS);

/**
 * Nearest-rank percentiles: the p-th percentile (p a fraction in (0, 1]) of N values is the
 * value of rank ceil(p * N) in ascending order (rank 1 = smallest). NaN marks a run where the
 * figure is not computable; such values are left out, and `null` is returned when none is left.
 */
export function percentiles(values: Float64Array, ps: readonly number[]): (number | null)[] {
  // ps ascending: the gather pass below skips bins outside [first wanted, last wanted].
  let n = 0, lo = Infinity, hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x !== x) continue; // NaN
    n++;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (n === 0) return ps.map(() => null);
  if (lo === hi) return ps.map(() => lo);
  const ranks = ps.map((p) => Math.min(n, Math.max(1, Math.ceil(p * n - 1e-9))) - 1);
  const scale = BINS / (hi - lo);
  if (!Number.isFinite(scale) || scale <= 0) return bySelection(values, ranks);
  // floor((x - lo) * scale) is monotonic in x (rounded subtraction and product are), so bin
  // order is value order. Counting, then gathering the wanted bins: three passes in all.
  counts.fill(0);
  const last = BINS - 1;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x !== x) continue;
    const b = Math.floor((x - lo) * scale);
    counts[b > last ? last : b]!++;
  }
  const bins = new Int32Array(ranks.length);
  const within = new Int32Array(ranks.length);
  ranks.forEach((k, r) => {
    let b = 0, below = 0;
    while (below + counts[b]! <= k) below += counts[b++]!;
    bins[r] = b;
    within[r] = k - below;
  });
  const gathered = Array.from(bins, (b) => new Float64Array(counts[b]!));
  const fill = new Int32Array(ranks.length);
  const b0 = bins[0]!, b1 = bins[bins.length - 1]!;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x !== x) continue;
    let b = Math.floor((x - lo) * scale);
    if (b > last) b = last;
    if (b < b0 || b > b1) continue;
    for (let r = 0; r < bins.length; r++) if (bins[r] === b) gathered[r]![fill[r]!++] = x;
  }
  return ranks.map((_, r) => {
    const a = gathered[r]!;
    select(a, 0, a.length - 1, within[r]!);
    return a[within[r]!]!;
  });
}

/** The fallback for ranges a histogram cannot span: quickselect over every defined value. */
function bySelection(values: Float64Array, ranks: readonly number[]): number[] {
  const defined = values.filter((x) => x === x);
  let from = 0;
  return ranks.map((k) => {
    select(defined, from, defined.length - 1, k);
    from = k; // everything after k is >= defined[k]: a higher rank only searches there
    return defined[k]!;
  });
}

/** Hoare's quickselect on a[lo..hi]: afterwards a[k] holds the value of rank k + 1 in that range. */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const x = a[lo]!, y = a[(lo + hi) >>> 1]!, z = a[hi]!;
    // Median of three: keeps sorted and reversed inputs linear.
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y);
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!; a[i] = a[j]!; a[j] = t;
        i++; j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
