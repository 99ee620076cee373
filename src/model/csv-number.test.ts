import { expect, it } from 'vitest';
import { csvNumber } from './csv-number';

it('drops binary noise and keeps what inputs can hold', () => {
  expect(csvNumber(199999.99999999997)).toBe('200000');
  expect(csvNumber(0.1 + 0.2)).toBe('0.3'); // 0.30000000000000004
  expect(csvNumber(1066.6666666666667)).toBe('1066.66666667');
  expect(csvNumber(-16666.666666666668)).toBe('-16666.6666667');
  expect(csvNumber(0.0675)).toBe('0.0675');
  expect(csvNumber(-0)).toBe('0');
  expect(csvNumber(1e21)).toBe('1e+21');
});
