import { describe, expect, it } from 'vitest';
import { markEvidence, readAmount } from './numbers';

const value = (t: string, mark: '.' | ',' = '.') => {
  const r = readAmount(t, mark);
  return r.kind === 'number' ? r.value : r.kind;
};

describe('amounts as people write them', () => {
  it('reads currency signs and codes, thousands separators and both decimal marks', () => {
    expect(value('$1,234.56')).toBe(1234.56);
    expect(value('USD 3,000')).toBe(3000);
    expect(value('US$ 12')).toBe(12);
    expect(value('1.234,56 €', ',')).toBe(1234.56);
    expect(value('1 234,5', ',')).toBe(1234.5);
    expect(value("1'234.5")).toBe(1234.5);
    expect(value('1\u00a0234,50 EUR', ',')).toBe(1234.5);
    expect(value('.5')).toBe(0.5);
  });

  it('reads parentheses and minus signs as negatives, percent signs as fractions, a lone dash as zero', () => {
    expect(value('($1,200.00)')).toBe(-1200);
    expect(value('-$20.00')).toBe(-20);
    expect(value('$-20')).toBe(-20);
    expect(value('−7')).toBe(-7);
    expect(value('104%')).toBe(1.04);
    expect(value('12,5 %', ',')).toBe(0.125);
    expect(value('$ -')).toBe(0);
  });

  it('refuses what is not a number, naming the text', () => {
    expect(readAmount('n/a', '.')).toEqual({ kind: 'bad', message: "'n/a' is not a number" });
    expect(readAmount('1,23,4', '.').kind).toBe('bad'); // groups of 3 only
    expect(readAmount('1.2.3', ',').kind).toBe('bad');
    expect(readAmount('12abc', '.').kind).toBe('bad');
    expect(readAmount('   ', '.')).toEqual({ kind: 'empty' });
  });
});

it('tells which decimal mark a value shows, and when it reads both ways', () => {
  expect(markEvidence('1,234.56')).toBe('.');
  expect(markEvidence('1.234,56')).toBe(',');
  expect(markEvidence('12,5')).toBe(',');
  expect(markEvidence('0,123')).toBe(','); // a thousands group never starts a number with 0
  expect(markEvidence('1,234,567')).toBe('.'); // the same mark twice is a thousands separator
  expect(markEvidence('1,234')).toBe('either');
  expect(markEvidence('1.234')).toBe('either');
  expect(markEvidence('1234')).toBe('none');
});
