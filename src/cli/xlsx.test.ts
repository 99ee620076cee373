// `--xlsx OUT.xlsx` run as a user runs it: a real process writes the live workbook.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';
import { takeXlsxOption } from './xlsx';

const dir = mkdtempSync(join(tmpdir(), 'trajectory-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['src/cli/project.ts', ...args], { encoding: 'utf8' });

it('takes --xlsx and its path out of the arguments, and marks a missing path', () => {
  expect(takeXlsxOption(['a.json', '--xlsx', 'out.xlsx', '--json'])).toEqual({ path: 'out.xlsx', rest: ['a.json', '--json'] });
  expect(takeXlsxOption(['a.json'])).toEqual({ path: null, rest: ['a.json'] });
  expect(takeXlsxOption(['a.json', '--xlsx'])).toEqual({ path: '', rest: ['a.json'] });
  expect(takeXlsxOption(['a.json', '--xlsx', '--csv'])).toEqual({ path: '', rest: ['a.json', '--csv'] });
});

it('writes the live workbook with --xlsx, prints nothing else, and refuses a path it cannot write', async () => {
  const out = join(dir, 'baseline.xlsx');
  const run = cli('scenarios/crm-baseline.json', '--xlsx', out);
  expect(run.status).toBe(0);
  expect(run.stdout).toBe('');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  expect(book.worksheets.map((s) => s.name)).toEqual(['Assumptions', 'Monthly', 'Annual', 'Targets', 'Summary', 'Cohorts']);
  // Month 0's MRR (MODEL.md's worked check): 15 x 50 + 7.5 x 100 + 2.5 x 180 = 1,950, as a formula.
  const monthly = book.getWorksheet('Monthly')!;
  const mrr = monthly.getCell(2, (monthly.getRow(1).values as unknown[]).indexOf('mrr'));
  expect(mrr.formula).toContain('SUMPRODUCT');
  expect(mrr.result).toBeCloseTo(1950, 9);

  const bad = cli('scenarios/crm-baseline.json', '--xlsx', join(dir, 'missing', 'x.xlsx'));
  expect(bad.status).toBe(1);
  expect(bad.stderr).toMatch(/missing\/x\.xlsx: cannot write the file \(ENOENT\)/);
  expect(cli('scenarios/crm-baseline.json', '--xlsx').status).toBe(2);
});
