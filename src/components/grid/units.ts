import { formatInput, money, percent, digitsFor } from '../format';
import type { FigureKind } from '../../model/catalogue';
import type { Cell } from '../../model/types';

/**
 * How a row is shown and typed. `percent`: a fraction shown as 6.5 %; `money`: exact, $8.25;
 * `money-compact`: budgets shown as $200K; `count`: customers.
 */
export type Unit = 'percent' | 'money' | 'money-compact' | 'count';

/** How a row of a catalogue kind is typed and shown: budgets compact, prices exact, rates in percent. */
export function unitOf(kind: FigureKind): Unit {
  switch (kind) {
    case 'rate': return 'percent';
    case 'money': return 'money-compact';
    case 'count': return 'count';
    default: return 'money';
  }
}

const KIND_OF: Record<Unit, FigureKind> = { percent: 'rate', money: 'unitMoney', 'money-compact': 'money', count: 'count' };

export type Typed = { ok: true; cell: Cell } | { ok: false; message: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
// Currency signs a planner may type in front of money; the scenario's currency is display only.
const MONEY_SIGN = /^[$€£¥]|^[A-Z]{3}\s*/i;

// Dividing a typed percentage by 100 can land on 0.07000000000000001; twelve significant digits
// keep what the user typed and drop the binary noise.
const tidy = (x: number) => Number(x.toPrecision(12));

function plainNumber(text: string): number | null {
  const t = text.replace(/,/g, '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : null;
}

function withSuffix(text: string): number | null {
  const m = /^(.*?)\s*([kmb])$/i.exec(text.trim());
  if (!m) return plainNumber(text);
  const x = plainNumber(m[1]!);
  return x === null ? null : tidy(x * SUFFIX[m[2]!.toLowerCase()]!);
}

const EXAMPLE: Record<Unit, string> = {
  percent: '6.5 (for 6.5 %)',
  money: '8.25 or $1,200',
  'money-compact': '200K, 1.5M or $200,000',
  count: '1,200',
};

/**
 * Reads what a user typed into a cell of the given unit: a formula (text starting with `=`) is
 * kept verbatim; a percentage is typed in percent (`6.5` and `6.5%` are both 0.065); money and
 * counts accept thousands separators and K/M/B. Anything else is refused with a message.
 */
export function parseTyped(text: string, unit: Unit): Typed {
  const t = text.trim();
  if (t === '') return { ok: false, message: `enter a number, e.g. ${EXAMPLE[unit]}, or a formula starting with =` };
  if (t.startsWith('=')) return { ok: true, cell: t };
  let x: number | null = null;
  if (unit === 'percent') {
    const p = plainNumber(t.replace(/\s*%$/, ''));
    x = p === null ? null : tidy(p / 100);
  } else if (unit === 'count') {
    x = withSuffix(t);
  } else {
    const signless = t.replace(/^([-+]?)\s*/, '');
    const sign = t.startsWith('-') ? -1 : 1;
    const v = withSuffix(signless.replace(MONEY_SIGN, ''));
    x = v === null ? null : sign * v;
  }
  if (x === null) return { ok: false, message: `"${t.length > 24 ? `${t.slice(0, 24)}…` : t}" is not a number: type e.g. ${EXAMPLE[unit]}, or a formula starting with =` };
  return { ok: true, cell: x };
}

// The grid formats 115 cells on every repaint; Intl is slow enough for that to show in the
// edit-to-paint time, and the same few hundred values recur, so texts are remembered.
const texts = new Map<string, string>();
function remembered(kind: string, x: number, unit: Unit, currency: string, make: () => string): string {
  const key = `${kind}|${unit}|${currency}|${x}`;
  let t = texts.get(key);
  if (t === undefined) {
    if (texts.size > 5000) texts.clear();
    t = make();
    texts.set(key, t);
  }
  return t;
}

/** A value as the grid shows it: 6.0%, 6.75%, 53.33% (exact on hover), $8.25, $200K, 1,200. */
export function formatValue(x: number, unit: Unit, currency: string): string {
  return remembered('v', x, unit, currency, () => formatFresh(x, unit, currency));
}

function formatFresh(x: number, unit: Unit, currency: string): string {
  return formatInput(KIND_OF[unit], x, currency, unit === 'money-compact' ? 'compact' : 'precise');
}

/** A value spelled out in full, for the hover text where the cell shows it rounded ($12.3K). */
export function formatExact(x: number, unit: Unit, currency: string): string {
  // Money in full has no cents or both digits of them: $16,250.50, never $16,250.5.
  if (unit === 'money-compact') return remembered('x', x, unit, currency, () => money(x, currency, digitsFor(x, 0, 2) === 0 ? 0 : 2));
  if (unit === 'percent') return remembered('x', x, unit, currency, () => percent(x, digitsFor(x * 100, 1, 6)));
  return formatValue(x, unit, currency);
}

/** The text an editor opens with, in the unit the user sees: 6.75%, 200000, or the formula. */
export function editText(cell: Cell, unit: Unit): string {
  if (typeof cell === 'string') return cell;
  if (unit === 'percent') return `${tidy(cell * 100)}%`;
  return String(tidy(cell));
}

/** A plain number typed in a unit, for single fields (formulas are for the yearly cells). */
export const numberIn = (unit: Unit) => (text: string): Parsed<number> => {
  const r = parseTyped(text, unit);
  if (!r.ok) return r;
  return typeof r.cell === 'number' ? { ok: true, value: r.cell } : { ok: false, message: 'type a number here (formulas are for the yearly cells)' };
};
