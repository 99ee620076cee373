import { MONTHS, type Projection } from '../../model/types';

// Data the charts derive from a projection. Each is computed once per projection object
// (projections are new objects only when the scenario changes), so hovering and re-rendering
// cost nothing here.

function memo<T>(compute: (p: Projection) => T): (p: Projection) => T {
  const cache = new WeakMap<Projection, T>();
  return (p) => {
    let hit = cache.get(p);
    if (hit === undefined) { hit = compute(p); cache.set(p, hit); }
    return hit;
  };
}

/** Month indexes 0..59, the x domain of every 60-month chart. */
export const MONTH_INDEXES: readonly number[] = Array.from({ length: MONTHS }, (_, m) => m);
/** A point of a series: its index (month or year) and value, `null` where not computable. */
export interface Point { i: number; v: number | null }

const pointCache = new WeakMap<object, Point[]>();
/** A series as points for visx's shapes, once per series array (projections are immutable). */
export function pointsOf(series: ArrayLike<number | null>): Point[] {
  let hit = pointCache.get(series);
  if (!hit) {
    hit = Array.from({ length: series.length }, (_, i) => ({ i, v: series[i] ?? null }));
    pointCache.set(series, hit);
  }
  return hit;
}

export interface BridgeYear {
  year: number;
  start: number;
  newMrr: number;
  expansion: number;
  contraction: number;
  churn: number;
  end: number;
}

/**
 * The MRR bridge of each year: start = startMrr of its first month; new, expansion, contraction
 * and churn = sums of its monthly figures; end = December's mrr. Because startMrr is last month's
 * mrr, end = start + new + expansion - contraction - churn.
 */
export const mrrBridge = memo((p: Projection): BridgeYear[] =>
  p.years.map((yr, y) => {
    const first = y * 12;
    let newMrr = 0, expansion = 0, contraction = 0, churn = 0;
    for (let m = first; m < first + 12; m++) {
      newMrr += p.monthly.newMrr[m]!;
      expansion += p.monthly.expansionMrr[m]!;
      contraction += p.monthly.contractionMrr[m]!;
      churn += p.monthly.churnedMrr[m]!;
    }
    return { year: yr.year, start: p.monthly.startMrr[first]!, newMrr, expansion, contraction, churn, end: p.monthly.mrr[first + 11]! };
  }),
);

export interface FunnelYear {
  year: number;
  visitors: number;
  trials: number;
  newCustomers: number;
  /** trials / visitors, `null` without visitors. */
  visitorToTrial: number | null;
  /** newCustomers / trials, `null` without trials. */
  trialToPaid: number | null;
}

/** The funnel of each year: the year's sums and the conversion rates between them. */
export const funnel = memo((p: Projection): FunnelYear[] =>
  p.years.map((y) => ({
    year: y.year,
    visitors: y.visitors!,
    trials: y.trials!,
    newCustomers: y.newCustomers!,
    visitorToTrial: y.visitors! > 0 ? y.trials! / y.visitors! : null,
    trialToPaid: y.trials! > 0 ? y.newCustomers! / y.trials! : null,
  })),
);

/** Each plan's share of customers per month (`planMix[i][m]`), `null` in a month without customers. */
export const planMix = memo((p: Projection): (number | null)[][] =>
  p.customersByPlan.map((series) =>
    MONTH_INDEXES.map((m) => {
      const total = p.monthly.customers[m]!;
      return total > 0 ? series[m]! / total : null;
    }),
  ),
);

/** The smallest and largest of several series, ignoring nulls; [0, 1] when all are empty. */
export function extent(series: readonly ArrayLike<number | null>[], includeZero = true): [number, number] {
  let lo = includeZero ? 0 : Infinity;
  let hi = includeZero ? 0 : -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.length; i++) {
      const x = s[i];
      if (x === null || x === undefined) continue;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    // A flat series: all zero (a scenario with no customers) stays above the axis.
    if (lo === 0) return [0, 1];
    const d = Math.abs(lo) * 0.1;
    return [lo - d, hi + d];
  }
  return [lo, hi];
}
