// Formatting happens only at the edge: the model holds plain numbers and fractions.

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

/** Money, compact (charts, cards): $1.2M. */
export function moneyCompact(x: number, currency: string): string {
  return fmt(`mc:${currency}`, () => new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 })).format(x);
}

/** A fraction as a percentage: 0.065 -> 6.5 %. */
export function percent(x: number, digits = 1): string {
  return fmt(`p:${digits}`, () => new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits })).format(x);
}

/** A plain number: 1,234.5. */
export function count(x: number, digits = 0): string {
  return fmt(`n:${digits}`, () => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })).format(x);
}

/** A compact plain number: 12.3K. */
export function countCompact(x: number): string {
  return fmt('nc', () => new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })).format(x);
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
