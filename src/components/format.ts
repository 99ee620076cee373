import type { FigureKind } from '../model/catalogue';

// Formatting happens only at the edge: the model holds plain numbers and fractions. Two styles,
// chosen by where a figure is shown: compact (cards, charts, slides) and precise (tables).

const cache = new Map<string, Intl.NumberFormat>();
function fmt(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) { f = make(); cache.set(key, f); }
  return f;
}

/** Money, precise (tables): $1,066.67. */
export function money(x: number, currency: string, digits = 2): string {
  return fmt(`m:${currency}:${digits}`, () => new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })).format(x);
}

/**
 * Decimals of a compact number: one below 100 of its unit, none from 100 ($4.0M, $10.7M, $253K),
 * so neighbours always read with the same precision ($4.0M beside $5.1M, never $4M). Decided on
 * the value rounded to 3 significant digits, so $99,960 reads $100K, not $100.0K.
 */
function compactDigits(x: number): number {
  const a = Math.abs(Number(x.toPrecision(3)));
  if (a < 1000) return 0;
  return Math.floor(Math.log10(a)) % 3 === 2 ? 0 : 1;
}

/** Money, compact (cards, charts, slides): $4.0M, $10.7M, $253K, $950. */
export function moneyCompact(x: number, currency: string): string {
  const d = compactDigits(x);
  return fmt(`mc:${currency}:${d}`, () => new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', minimumFractionDigits: d, maximumFractionDigits: d })).format(x);
}

/** A fraction as a percentage: 0.065 -> 6.5%. */
export function percent(x: number, digits = 1): string {
  return fmt(`p:${digits}`, () => new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits })).format(x);
}

/** A plain number: 1,234.5. */
export function count(x: number, digits = 0): string {
  return fmt(`n:${digits}`, () => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })).format(x);
}

/** A compact plain number, with moneyCompact's precision: 8.5K, 12.3K, 253K, 1.2M. */
export function countCompact(x: number): string {
  const d = compactDigits(x);
  return fmt(`nc:${d}`, () => new Intl.NumberFormat('en-US', { notation: 'compact', minimumFractionDigits: d, maximumFractionDigits: d })).format(x);
}

/** Months, e.g. 9.3 mo. */
export function months(x: number): string {
  return `${count(x, 1)} mo`;
}

/** A multiple, e.g. 3.2x. */
export function multiple(x: number): string {
  return `${count(x, 1)}x`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Month index m of the projection as `Mar 2027`. */
export function monthLabel(m: number, startYear: number): string {
  return `${MONTH_NAMES[m % 12]} ${startYear + Math.floor(m / 12)}`;
}

/** Where a figure is shown: `compact` on cards, charts and slides; `precise` in tables and tooltips. */
export type FormatStyle = 'compact' | 'precise';

/**
 * A figure in its catalogue kind. Precise: $1,234,567 / $78.00 / 9.3% / 8,501 (whole customers)
 * / 9.3 mo / 3.2x. Compact: $1.2M / $78.00 / 9.3% / 8.5K from 10,000 / 9.3 mo / 3.2x. A month
 * index reads as `Mar 2027` when the start year is given.
 */
export function formatFigure(kind: FigureKind, x: number, currency: string, style: FormatStyle = 'precise', startYear?: number): string {
  switch (kind) {
    case 'money': return style === 'compact' ? moneyCompact(x, currency) : money(x, currency, 0);
    case 'unitMoney': return style === 'compact' && Math.abs(x) >= 10_000 ? moneyCompact(x, currency) : money(x, currency, 2);
    case 'rate': return percent(x, 1);
    case 'count': return style === 'compact' && Math.abs(x) >= 10_000 ? countCompact(x) : count(x, 0);
    case 'months': return months(x);
    case 'multiple': return multiple(x);
    case 'monthIndex': return startYear === undefined ? `month ${x}` : monthLabel(x, startYear);
    case 'year': return String(x);
    case 'yearMonth': return String(x);
  }
}

/** A figure that may be undefined: the figure, or `n/a` in running text ("from n/a in 2026"). */
export function formatOrNa(kind: FigureKind, x: number | null, currency: string, style: FormatStyle = 'precise'): string {
  return x === null ? 'n/a' : formatFigure(kind, x, currency, style);
}

/** How far a value misses its target, in the figure's unit: "16.7 pts" for rates. */
export function formatGap(kind: FigureKind, gap: number, currency: string): string {
  if (kind === 'rate') return `${count(gap * 100, 1)} pts`;
  return formatFigure(kind, gap, currency);
}

/** A signed difference ("+$1.2M", "−3.0 pts", "±$0"); never "-$0.00": a zero reads ±. */
export function formatDelta(kind: FigureKind, x: number, currency: string, style: FormatStyle = 'precise'): string {
  const text = kind === 'rate' ? `${count(Math.abs(x) * 100, 1)} pts` : formatFigure(kind, Math.abs(x), currency, style);
  // A difference too small to show is a zero: "+$0" would claim a direction it does not have.
  const zero = !/[1-9]/.test(text);
  return `${zero || x === 0 ? '±' : x > 0 ? '+' : '−'}${text}`;
}

/**
 * Axis ticks with one shared precision, the fewest decimals that keep neighbours apart: a percent
 * axis over 92-93.5% reads 92.0% 92.5% 93.0%, never 92% 93% 93%.
 */
export function formatTicks(kind: 'rate' | 'money' | 'count', ticks: readonly number[], currency: string): string[] {
  if (kind === 'money') return ticks.map((x) => moneyCompact(x, currency));
  if (kind === 'count') return ticks.map(countCompact);
  for (let d = 0; d < 4; d++) {
    const texts = ticks.map((x) => percent(x, d));
    if (new Set(texts).size === texts.length) return texts;
  }
  return ticks.map((x) => percent(x, 4));
}

/** The fewest decimals (from `least` up to `most`) that show x without rounding it. */
export function digitsFor(x: number, least: number, most: number): number {
  for (let d = least; d < most; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-6) return d;
  return most;
}

/**
 * An input's value, as the grid and the printed inputs show it: rates with as many decimals as
 * they hold, one to two (6.0%, 6.75%); money in full ($200,000, or $200K compact); prices and
 * per-unit costs with cents ($8.25); counts as typed (1,200).
 */
export function formatInput(kind: FigureKind, x: number, currency: string, style: FormatStyle = 'precise'): string {
  switch (kind) {
    case 'rate': return percent(x, digitsFor(x * 100, 1, 2));
    case 'money':
      if (style === 'compact') return Math.abs(x) >= 1000 ? moneyCompact(x, currency) : money(x, currency, 0);
      return money(x, currency, digitsFor(x, 0, 2) === 0 ? 0 : 2);
    case 'unitMoney': return money(x, currency, 2);
    case 'count': return count(x, digitsFor(x, 0, 2));
    default: return formatFigure(kind, x, currency, style);
  }
}

/** A message shown on its own starts with a capital ("Enter a number…"); after "place: " it reads as written. */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
