import { count, moneyCompact, percent } from '../format';

/** How a value axis writes its ticks: compact money, percent, compact counts, plain numbers. */
export type AxisKind = 'money' | 'percent' | 'count' | 'number';

const compact = new Map<string, Intl.NumberFormat>();
function compactWith(digits: number, currency: string | null): Intl.NumberFormat {
  const key = `${currency ?? ''}:${digits}`;
  let f = compact.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: digits, ...(currency ? { style: 'currency', currency } : {}) });
    compact.set(key, f);
  }
  return f;
}

function writer(kind: AxisKind, currency: string, digits: number, big: boolean): (x: number) => string {
  switch (kind) {
    // The catalogue's compact money first ($1.5M); more digits only when ticks would repeat.
    case 'money': return digits <= 1 ? (x) => moneyCompact(x, currency) : (x) => compactWith(digits, currency).format(x);
    case 'percent': return (x) => percent(x, digits);
    // One style per axis: 5K beside 10K, never 5,000 beside 10K.
    case 'count': return big ? (x) => compactWith(Math.max(1, digits), null).format(x) : (x) => count(x, digits);
    case 'number': return (x) => count(x, digits);
  }
}

/**
 * The labels of an axis's ticks, with as few decimals as keep them distinct: ticks at 92 %,
 * 92.5 % and 93 % read "92.0% 92.5% 93.0%", never "92% 93% 93%".
 */
export function tickLabels(values: readonly number[], kind: AxisKind, currency = 'USD'): string[] {
  let labels: string[] = [];
  const big = values.some((v) => Math.abs(v) >= 10_000);
  for (let digits = kind === 'money' ? 1 : 0; digits <= 4; digits++) {
    const write = writer(kind, currency, digits, big);
    labels = values.map(write);
    if (new Set(labels).size === labels.length) return labels;
  }
  return labels;
}
