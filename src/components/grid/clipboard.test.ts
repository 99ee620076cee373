import { expect, it } from 'vitest';
import { parseTsv, toTsv } from './clipboard';

it('reads a row copied from Excel (tabs, Windows line end)', () => {
  expect(parseTsv('6%\t6.5%\t7%\t7.5%\t8%\r\n')).toEqual([['6%', '6.5%', '7%', '7.5%', '8%']]);
});

it('reads a block from Google Sheets and keeps quoted cells whole', () => {
  expect(parseTsv('1\t2\n3\t"a\tb"\n')).toEqual([['1', '2'], ['3', 'a\tb']]);
  expect(parseTsv('"say ""hi"""')).toEqual([['say "hi"']]);
});

it('writes what it reads', () => {
  const rows = [['=prev * 1.5', '200000'], ['6.75%', 'x\ty']];
  expect(toTsv(rows)).toBe('=prev * 1.5\t200000\n6.75%\t"x\ty"');
  expect(parseTsv(toTsv(rows))).toEqual(rows);
});
