// `--actuals FILE` run as a user runs it: a real process on real files (MODEL.md, "Headless
// output"; issue 22). All processes start at once in beforeAll, each costs about a second.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const seed = join(root, 'scenarios', 'crm-baseline.json');
const fixtures = join(root, 'test', 'fixtures', 'actuals');
const dir = mkdtempSync(join(tmpdir(), 'trajectory-actuals-cli-'));

interface Run { status: number | null; stdout: string; stderr: string }
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['src/cli/project.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

const runs: Record<string, Run> = {};
beforeAll(async () => {
  const cases: Record<string, string[]> = {
    good: [seed, '--json', '--actuals', file('good.csv', 'month,visitors,mrr,customers_starter,customers_growth,customers_pro\n2026-01,2000,1810,15,7,2\n2026-02,2100,3850,29,15,5\n')],
    xlsx: [seed, '--json', '--actuals', join(fixtures, 'two-sheets.xlsx'), '--sheet', 'Marketing'],
    mapped: [seed, '--csv', '--actuals', file('mapped.csv', 'When,Widgets\n2026-01,2000\n'), '--map', 'When=month,Widgets=visitors'],
    gap: [seed, '--actuals', file('gap.csv', 'month,visitors\n2026-01,2000\n2026-03,2100\n')],
    negative: [seed, '--actuals', file('negative.csv', 'month,visitors\n2026-01,2000\n2026-02,-5\n')],
    unknownPlan: [seed, '--actuals', file('plan.csv', 'month,customers_starter,customers_growth,customers_pro,customers_enterprise\n2026-01,1,1,1,1\n')],
    typo: [seed, '--actuals', file('typo.csv', 'month,vistors\n2026-01,2000\n')],
    planLeftOut: [seed, '--actuals', file('left-out.csv', 'month,customers_starter,customers_growth\n2026-01,15,7\n')],
    notNumber: [seed, '--actuals', file('nan.csv', 'month,visitors\n2026-01,2000\n2026-02,n/a\n')],
    ambiguous: [seed, '--actuals', file('ambiguous.csv', 'Date\tVisitors\n03/04/2026\t2000\n')],
    answered: [seed, '--csv', '--actuals', file('answered.csv', 'Date\tVisitors\n03/01/2026\t2000\n03/02/2026\t2100\n'), '--date-order', 'dmy'],
    badMap: [seed, '--actuals', file('bad-map.csv', 'month,a\n2026-01,1\n'), '--map', 'a=vistors'],
    strayMap: [seed, '--json', '--map', 'a=visitors'],
  };
  const done = await Promise.all(Object.entries(cases).map(async ([k, args]) => [k, await cli(...args)] as const));
  for (const [k, r] of done) runs[k] = r;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('good files are read in place of the scenario\'s own actuals', () => {
  it('a contract CSV, a chosen xlsx sheet, and headers mapped with --map', () => {
    for (const k of ['good', 'xlsx', 'mapped', 'answered']) expect({ k, ...runs[k] }).toMatchObject({ k, status: 0, stderr: '' });
    // The CSV's two months are the forecast's first two: MRR as given, L = 1, a variance entry each.
    const out = JSON.parse(runs.good!.stdout) as { forecast: { lastActualMonth: number; months: { mrr: number; visitors: number }[] }; variance: { months: unknown[] } };
    expect(out.forecast.lastActualMonth).toBe(1);
    expect(out.forecast.months.slice(0, 2).map((m) => [m.visitors, m.mrr])).toEqual([[2000, 1810], [2100, 3850]]);
    expect(out.variance.months).toHaveLength(2);
    // The Marketing sheet's spend in place of the plan's $16,666.67 in January.
    expect((JSON.parse(runs.xlsx!.stdout) as { forecast: { months: { marketingSpend: number }[] } }).forecast.months[0]!.marketingSpend).toBe(16000);
  });
});

describe('bad files exit 1 with a message naming the month and the figure (or the row and column)', () => {
  const lines = (k: string) => runs[k]!.stderr.trim().split('\n');
  it.each([
    ['gap', /Actuals, 2026-03, month.*2026-02 missing before it/],
    ['negative', /Actuals, 2026-02, visitors.*must be 0 or more \(is -5\)/],
    ['unknownPlan', /column 'customers_enterprise': no figure matches this header/],
    ['typo', /column 'vistors': no figure matches this header.*--map 'vistors=figure'/],
    ['planLeftOut', /Actuals, 2026-01, customersByPlan.*misses plan pro/],
    ['notNumber', /row 3, visitors: 'n\/a' is not a number/],
    ['ambiguous', /'03\/04\/2026' can be read day first or month first.*--date-order dmy/],
    ['badMap', /--map 'a=vistors'.*write Header=figure/],
  ])('%s', (k, message) => {
    expect(runs[k]!.status).toBe(1);
    expect(runs[k]!.stdout).toBe('');
    expect(lines(k).some((l) => message.test(l))).toBe(true);
  });

  it('--map without --actuals is a usage error', () => {
    expect(runs.strayMap!.status).toBe(2);
    expect(runs.strayMap!.stderr).toMatch(/--map only go with --actuals FILE/);
  });
});
