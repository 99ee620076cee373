// Numbers as people write them in exports and spreadsheets: currency signs and codes, thousands
// separators, a decimal point or a decimal comma, percent signs, parentheses for negatives.

/** The character that separates a number's whole part from its fraction. */
export type DecimalMark = '.' | ',';

export type AmountRead =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'bad'; message: string };

// A symbol or a three-letter code in front of or behind the amount ($, US$, €, EUR, CHF ...).
// Codes are upper case (EUR), so that `12abc` is refused rather than read as 12.
const CURRENCY_HEAD = /^(?:[A-Z]{1,2}\$|[$€£¥₹₩₽¢]|[A-Z]{3}(?=[\s\d(+\-−.,]))\s*/;
const CURRENCY_TAIL = /\s*(?:[$€£¥₹₩₽¢]|[A-Z]{3})$/;
const SPACES = /[\u00a0\u202f\u2009\u2007]/g;
const DASH_ONLY = /^[-–—]$/;

interface Core {
  digits: string;
  negative: boolean;
  percent: boolean;
}

/** Strips signs, currency, percent and parentheses; null when something else is left around the digits. */
function core(text: string): Core | null {
  let t = text.replace(SPACES, ' ').trim();
  let negative = false;
  let percent = false;
  if (/^\(.*\)$/.test(t)) { negative = true; t = t.slice(1, -1).trim(); }
  for (let pass = 0; pass < 2; pass++) {
    if (/^[-−]/.test(t)) { negative = !negative; t = t.slice(1).trim(); }
    else if (t.startsWith('+')) t = t.slice(1).trim();
    t = t.replace(CURRENCY_HEAD, '').replace(CURRENCY_TAIL, '');
    if (t.endsWith('%')) { percent = true; t = t.slice(0, -1).trim(); }
  }
  if (/^\(.*\)$/.test(t)) { negative = !negative; t = t.slice(1, -1).trim(); }
  if (!/^[\d.,' ]*\d[\d.,' ]*(?:e[-+]?\d+)?$/i.test(t)) return null;
  return { digits: t, negative, percent };
}

/** Which decimal mark a written amount shows: one of them, `either` when it reads both ways (1,234), `none` without a mark. */
export function markEvidence(text: string): DecimalMark | 'either' | 'none' {
  const c = core(text);
  if (!c) return 'none';
  const d = c.digits.replace(/[ ']/g, '');
  const dot = d.lastIndexOf('.');
  const comma = d.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  const at = Math.max(dot, comma);
  if (at < 0) return 'none';
  const mark = d[at] as DecimalMark;
  const other: DecimalMark = mark === '.' ? ',' : '.';
  // The same mark twice (1,234,567) can only be a thousands separator.
  if (d.indexOf(mark) !== at) return other;
  // 1,234 reads both ways; 0,123 and 12,5 and 1,2345 only as decimals.
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(d) ? 'either' : mark;
}

/**
 * An amount as written, read with the given decimal mark: `$1,234.56`, `1.234,56 €`, `(1,200)`
 * (negative), `12.5%` (0.125), `USD 3,000`; a lone dash is zero, as accounting formats write it.
 */
export function readAmount(text: string, mark: DecimalMark): AmountRead {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  if (DASH_ONLY.test(t.replace(/[$€£¥\s]/g, ''))) return { kind: 'number', value: 0, percent: false };
  const c = core(t);
  const shown = t.length > 24 ? `${t.slice(0, 24)}…` : t;
  if (!c) return { kind: 'bad', message: `'${shown}' is not a number` };
  const group = mark === '.' ? /[, ']/g : /[. ']/g;
  const parts = c.digits.split(mark);
  if (parts.length > 2) return { kind: 'bad', message: `'${shown}' has more than one decimal mark '${mark}'` };
  const whole = parts[0]!;
  if (/[., ']/.test(whole) && !/^\d{1,3}(?:([., '])\d{3})(?:\1\d{3})*$/.test(whole)) {
    return { kind: 'bad', message: `'${shown}' is not a number: its thousands separators are not every 3 digits${mark === '.' ? '' : ' (read with a decimal comma)'}` };
  }
  const plain = whole.replace(group, '') + (parts.length === 2 ? `.${parts[1]}` : '');
  if (!/^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(plain)) return { kind: 'bad', message: `'${shown}' is not a number` };
  let value = Number(plain);
  if (!Number.isFinite(value)) return { kind: 'bad', message: `'${shown}' is too large a number` };
  if (c.percent) value = Number((value / 100).toPrecision(15));
  return { kind: 'number', value: c.negative && value !== 0 ? -value : value, percent: c.percent };
}
