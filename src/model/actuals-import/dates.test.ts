import { expect, it } from 'vitest';
import { readDate } from './dates';

const one = (t: string) => {
  const r = readDate(t);
  return r.kind === 'date' ? r.date : r.kind;
};

it('reads the date formats exports write', () => {
  expect(one('2026-01-31')).toEqual({ y: 2026, m: 1, d: 31 });
  expect(one('2026-01-31T23:59:59Z')).toEqual({ y: 2026, m: 1, d: 31 });
  expect(one('2026-01')).toEqual({ y: 2026, m: 1, d: null });
  expect(one('31.01.2026')).toEqual({ y: 2026, m: 1, d: 31 });
  expect(one('Jan 2026')).toEqual({ y: 2026, m: 1, d: null });
  expect(one('September 2026')).toEqual({ y: 2026, m: 9, d: null });
  expect(one('Jan-26')).toEqual({ y: 2026, m: 1, d: null });
  expect(one('31 Jan 2026')).toEqual({ y: 2026, m: 1, d: 31 });
  expect(one('Jan 31, 2026')).toEqual({ y: 2026, m: 1, d: 31 });
  expect(one('01/2026')).toEqual({ y: 2026, m: 1, d: null });
});

it('keeps both readings of a slash date open, and drops a reading that is no date', () => {
  expect(readDate('03/04/2026')).toEqual({ kind: 'ordered', dmy: { y: 2026, m: 4, d: 3 }, mdy: { y: 2026, m: 3, d: 4 } });
  expect(readDate('01/31/2026')).toEqual({ kind: 'ordered', dmy: null, mdy: { y: 2026, m: 1, d: 31 } });
  expect(readDate('31/01/2026')).toEqual({ kind: 'ordered', dmy: { y: 2026, m: 1, d: 31 }, mdy: null });
});

it('refuses what is not a date', () => {
  expect(one('2026-13-01')).toBe('bad');
  expect(one('2026-02-30')).toBe('bad');
  expect(one('31/31/2026')).toBe('bad');
  expect(one('Janx 2026')).toBe('bad');
  expect(one('soon')).toBe('bad');
});
