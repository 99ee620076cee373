import { scaleLinear } from '@visx/scale';
import { useMemo } from 'react';
import type { LinearScale } from './types';

/** The domain a `nice` linear scale would take: round numbers around [lo, hi]. */
export function niceDomain(lo: number, hi: number): [number, number] {
  const [a, b] = scaleLinear<number>({ domain: [lo, hi], nice: true }).domain();
  return [a!, b!];
}

/**
 * A linear scale that stays the same object while its (nice) domain and range do: an edit that
 * moves the data but not the axis leaves the memoised axes and grid alone.
 */
export function useLinearScale(lo: number, hi: number, rangeFrom: number, rangeTo: number, nice = true): LinearScale {
  const [a, b] = nice ? niceDomain(lo, hi) : [lo, hi];
  return useMemo(() => scaleLinear<number>({ domain: [a, b], range: [rangeFrom, rangeTo] }), [a, b, rangeFrom, rangeTo]);
}

/**
 * The years of a per-year chart as an array that stays the same object while the years do: each
 * edit brings a new projection, and a new domain would rebuild the band scale and its axis.
 */
export function useYears(years: readonly { year: number }[]): number[] {
  const key = years.map((y) => y.year).join(',');
  return useMemo(() => key.split(',').map(Number), [key]);
}
