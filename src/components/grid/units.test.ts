import { describe, expect, it } from 'vitest';
import { editText, formatExact, formatValue, parseTyped } from './units';

const value = (text: string, unit: Parameters<typeof parseTyped>[1]) => {
  const r = parseTyped(text, unit);
  if (!r.ok) throw new Error(r.message);
  return r.cell;
};

describe('parseTyped', () => {
  it('reads a percent cell in percent, with or without the sign', () => {
    expect(value('6.5', 'percent')).toBe(0.065);
    expect(value('6.5%', 'percent')).toBe(0.065);
    expect(value(' 6.5 % ', 'percent')).toBe(0.065);
    expect(value('7', 'percent')).toBe(0.07); // 7 / 100 is 0.07000000000000001 in binary: tidied
    expect(value('0.5', 'percent')).toBe(0.005); // the unit the user sees: 0.5 means 0.5 %
    expect(value('100', 'percent')).toBe(1);
  });

  it('reads money with a currency sign, thousands separators and K/M', () => {
    expect(value('$1,200', 'money')).toBe(1200);
    expect(value('8.25', 'money')).toBe(8.25);
    expect(value('200K', 'money-compact')).toBe(200_000);
    expect(value('1.5M', 'money-compact')).toBe(1_500_000);
    expect(value('$1.5m', 'money-compact')).toBe(1_500_000);
    expect(value('-$2,000', 'money')).toBe(-2000); // negative cash is allowed for starting cash
    expect(value('USD 300', 'money')).toBe(300);
  });

  it('reads counts', () => {
    expect(value('1,200', 'count')).toBe(1200);
    expect(value('12.5', 'count')).toBe(12.5);
    expect(value('2K', 'count')).toBe(2000);
  });

  it('keeps a formula verbatim', () => {
    expect(value('=prev * 1.5', 'percent')).toBe('=prev * 1.5');
    expect(value('=price_growth*1.8', 'money')).toBe('=price_growth*1.8');
    expect(value('  =max(prev - 0.005, 0.01)', 'percent')).toBe('=max(prev - 0.005, 0.01)');
  });

  it('refuses garbage with a message that says what to type', () => {
    for (const [text, unit] of [['abc', 'percent'], ['6.5x', 'percent'], ['12K', 'percent'], ['5%', 'money'], ['1,2.3.4', 'count'], ['$', 'money']] as const) {
      const r = parseTyped(text, unit);
      expect(r.ok, `${text} as ${unit}`).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/is not a number: type e\.g\./);
    }
    const empty = parseTyped('  ', 'money');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.message).toMatch(/^enter a number/);
  });
});

describe('formatValue and editText', () => {
  it('shows each unit as a planner reads it', () => {
    expect(formatValue(0.06, 'percent', 'USD')).toBe('6.0%');
    expect(formatValue(0.0675, 'percent', 'USD')).toBe('6.75%');
    expect(formatValue(0.8 * 2 / 3, 'percent', 'USD')).toBe('53.33%');
    expect(formatExact(0.8 * 2 / 3, 'percent', 'USD')).toBe('53.333333%');
    expect(formatExact(12_345, 'money-compact', 'USD')).toBe('$12,345');
    expect(formatValue(8, 'money', 'USD')).toBe('$8.00');
    expect(formatValue(200_000, 'money-compact', 'USD')).toBe('$200K');
    expect(formatValue(1_100_000, 'money-compact', 'USD')).toBe('$1.1M');
    expect(formatValue(1200, 'count', 'USD')).toBe('1,200');
  });

  it('opens the editor in the unit shown, so typing the text back changes nothing', () => {
    expect(editText(0.0675, 'percent')).toBe('6.75%');
    expect(value(editText(0.0675, 'percent'), 'percent')).toBe(0.0675);
    expect(editText(200_000, 'money-compact')).toBe('200000');
    expect(editText('=prev * 1.5', 'percent')).toBe('=prev * 1.5');
  });
});
