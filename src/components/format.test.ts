// Expected strings are written by hand from the rules in format.ts's comments, not copied from output.
import { describe, expect, it } from 'vitest';
import { countCompact, formatDelta, formatFigure, formatInput, formatOrNa, formatTicks, moneyCompact, sentence } from './format';

describe('compact money keeps one precision among neighbours', () => {
  it('one decimal below 100 of the unit, none from 100', () => {
    expect(moneyCompact(4_000_000, 'USD')).toBe('$4.0M');
    expect(moneyCompact(5_104_000, 'USD')).toBe('$5.1M');
    expect(moneyCompact(10_740_000, 'USD')).toBe('$10.7M');
    expect(moneyCompact(253_113, 'USD')).toBe('$253K');
    expect(moneyCompact(200_000, 'USD')).toBe('$200K');
    expect(moneyCompact(60_000, 'USD')).toBe('$60.0K');
    expect(moneyCompact(1_500, 'USD')).toBe('$1.5K');
    expect(moneyCompact(950, 'USD')).toBe('$950');
    expect(moneyCompact(-5_170_000, 'USD')).toBe('-$5.2M');
  });

  it('decides on the rounded value: $99,960 is $100K and $999,960 is $1.0M', () => {
    expect(moneyCompact(99_960, 'USD')).toBe('$100K');
    expect(moneyCompact(999_960, 'USD')).toBe('$1.0M');
  });

  it('counts follow the same rule', () => {
    expect(countCompact(12_345)).toBe('12.3K');
    expect(countCompact(253_400)).toBe('253K');
    expect(countCompact(495e9)).toBe('495B');
  });
});

describe('formatFigure by kind and style', () => {
  it('precise for tables: whole money, cents per unit, whole customers', () => {
    expect(formatFigure('money', 1_234_567.4, 'USD')).toBe('$1,234,567');
    expect(formatFigure('unitMoney', 78, 'USD')).toBe('$78.00');
    expect(formatFigure('count', 8_501.4, 'USD')).toBe('8,501');
    expect(formatFigure('rate', 0.92, 'USD')).toBe('92.0%');
    expect(formatFigure('months', 9.2857, 'USD')).toBe('9.3 mo');
    expect(formatFigure('multiple', 3.24, 'USD')).toBe('3.2x');
    expect(formatFigure('monthIndex', 14, 'USD', 'precise', 2026)).toBe('Mar 2027');
  });

  it('compact for cards: big money and counts shortened, per-unit money keeps its cents', () => {
    expect(formatFigure('money', 10_740_000, 'USD', 'compact')).toBe('$10.7M');
    expect(formatFigure('unitMoney', 1_066.67, 'USD', 'compact')).toBe('$1,066.67');
    expect(formatFigure('count', 8_501, 'USD', 'compact')).toBe('8,501');
    expect(formatFigure('count', 18_501, 'USD', 'compact')).toBe('18.5K');
  });

  it('a missing figure in running text reads n/a', () => {
    expect(`from ${formatOrNa('rate', null, 'USD')} in 2026`).toBe('from n/a in 2026');
    expect(`from ${formatOrNa('money', 253_113, 'USD', 'compact')} in 2026`).toBe('from $253K in 2026');
  });
});

describe('inputs read with the precision they hold', () => {
  it('rates keep their second decimal: 6.75% stays 6.75%', () => {
    expect(formatInput('rate', 0.0675, 'USD')).toBe('6.75%');
    expect(formatInput('rate', 0.06, 'USD')).toBe('6.0%');
  });
  it('money in full, or compact in the grid; prices with cents', () => {
    expect(formatInput('money', 200_000, 'USD')).toBe('$200,000');
    expect(formatInput('money', 200_000, 'USD', 'compact')).toBe('$200K');
    expect(formatInput('money', 1_250.5, 'USD')).toBe('$1,250.50');
    expect(formatInput('unitMoney', 8, 'USD')).toBe('$8.00');
  });
});

describe('signed differences', () => {
  it('a sign a reader expects, points for rates, never -$0', () => {
    expect(formatDelta('money', 1_200, 'USD')).toBe('+$1,200');
    expect(formatDelta('money', -1_200, 'USD')).toBe('−$1,200');
    expect(formatDelta('money', -0.004, 'USD')).toBe('±$0');
    expect(formatDelta('unitMoney', -0.001, 'USD')).toBe('±$0.00');
    expect(formatDelta('rate', 0.0123, 'USD')).toBe('+1.2 pts');
  });
});

describe('axis ticks', () => {
  it('take the fewest decimals that keep them apart', () => {
    expect(formatTicks('rate', [0.92, 0.925, 0.93], 'USD')).toEqual(['92.0%', '92.5%', '93.0%']);
    expect(formatTicks('rate', [0, 0.5, 1], 'USD')).toEqual(['0%', '50%', '100%']);
    expect(formatTicks('money', [0, 500_000, 1_000_000], 'USD')).toEqual(['$0', '$500K', '$1.0M']);
  });
});

it('a message on its own starts with a capital', () => {
  expect(sentence('enter a number, e.g. 8.25')).toBe('Enter a number, e.g. 8.25');
});
