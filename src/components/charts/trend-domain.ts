/**
 * The value range a small year-by-year chart shows. A year far off the others (a typo's CAC
 * payback of 5,806 months beside 3 to 7) would squash the other four years into a flat line at
 * the bottom, hiding the trend the chart is for; such a year is left off the scale and drawn at
 * its edge instead (the table beside the chart still gives its figure).
 */
export interface TrendDomain {
  lo: number;
  hi: number;
  /** The values outside [lo, hi]: drawn clamped to the edge, with a mark that says so. */
  offScale: ReadonlySet<number>;
}

/** How many times the years' typical distance from their median a value must lie to be off the scale. */
export const OFF_SCALE_SPREADS = 20;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The range that shows `values` (the years' figures) and the `target` line, leaving far outliers off the scale. */
export function trendDomain(values: readonly number[], target?: number): TrendDomain {
  const offScale = new Set<number>();
  // Three years or more are needed to call one of them far from the rest.
  if (values.length >= 3) {
    const m = median(values);
    const spread = median(values.map((v) => Math.abs(v - m)));
    if (spread > 0) for (const v of values) if (Math.abs(v - m) > OFF_SCALE_SPREADS * spread) offScale.add(v);
  }
  const shown = values.filter((v) => !offScale.has(v));
  if (target !== undefined) shown.push(target);
  let lo = Math.min(...shown), hi = Math.max(...shown);
  if (!Number.isFinite(lo)) { lo = 0; hi = 1; }
  if (lo === hi) { const d = Math.abs(lo) * 0.1 || 1; lo -= d; hi += d; }
  return { lo, hi, offScale };
}
