// The headless entry with funding and actuals (MODEL.md schema version 2, "Headless output"):
// `--json` adds forecast and variance, `--csv --forecast` the forecast's table, and each bad
// actuals input of issue 17 is refused naming the month and the figure. Real processes, started
// at once in beforeAll.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { cli, type Output, type Run } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'trajectory-cli-v2-'));
let withActuals: Run, forecastCsv: Run, forecastWithoutCsv: Run;
const badActuals: Record<string, Run> = {};

// The seed with $1,000,000 of funding in June 2026 and two actual months: January gives visitors,
// new customers, customers by plan and MRR; February gives cash only.
const actualMonths = [
  { month: '2026-01', visitors: 2_000, newCustomers: 20, customersByPlan: { starter: 12, growth: 6, pro: 2 }, mrr: 1_500 },
  { month: '2026-02', cash: 1_900_000 },
];
// Each bad input of issue 17, with the line the CLI must print for it (after the file name).
const BAD_ACTUALS: Record<string, { actuals: unknown[]; line: string }> = {
  gap: { actuals: [{ month: '2026-01' }, { month: '2026-03' }], line: 'Actuals, 2026-03, month (actuals[1].month): 2026-02 missing before it: actual months run one a month from 2026-01 with no gap' },
  negative: { actuals: [{ month: '2026-01', trials: -3 }], line: 'Actuals, 2026-01, trials (actuals[0].trials): must be 0 or more (is -3)' },
  unknownPlan: { actuals: [{ month: '2026-01', customersByPlan: { starter: 1, growth: 1, pro: 1, team: 1 } }], line: 'Actuals, 2026-01, customersByPlan.team (actuals[0].customersByPlan.team): team is not a plan of this scenario (its plans: starter, growth, pro)' },
  typo: { actuals: [{ month: '2026-01', newCustomer: 5 }], line: 'Actuals, 2026-01, newCustomer (actuals[0].newCustomer): is not a figure an actual month can give: did you mean newCustomers?' },
  planLeftOut: { actuals: [{ month: '2026-01', customersByPlan: { starter: 1, pro: 1 } }], line: "Actuals, 2026-01, customersByPlan (actuals[0].customersByPlan): misses plan growth: give every plan's customers (0 for none), or leave customersByPlan out" },
};

beforeAll(async () => {
  const actualsFile = join(dir, 'actuals.json');
  writeFileSync(actualsFile, JSON.stringify({ ...baseline, funding: [{ month: '2026-06', amount: 1_000_000, name: 'Seed' }], actuals: actualMonths }));
  for (const [name, bad] of Object.entries(BAD_ACTUALS)) writeFileSync(join(dir, `${name}.json`), JSON.stringify({ ...baseline, actuals: bad.actuals }));
  const badRuns = Promise.all(Object.keys(BAD_ACTUALS).map(async (name) => { badActuals[name] = await cli(join(dir, `${name}.json`), '--json'); }));
  [withActuals, forecastCsv, forecastWithoutCsv] = await Promise.all([cli(actualsFile, '--json'), cli(actualsFile, '--csv', '--forecast'), cli(actualsFile, '--forecast')]);
  await badRuns;
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Cell { actual: number | null; plan: number | null; difference: number | null; ratio: number | null }
interface WithForecast extends Output {
  forecast: Output & { lastActualMonth: number; years: (Record<string, unknown> & { actualMonths: number })[] };
  variance: { months: (Record<string, Cell> & { month: number })[]; years: (Record<string, Cell> & { year: number })[] };
}

describe('--json on a scenario with funding and actuals', () => {
  let out: WithForecast;
  beforeAll(() => {
    out = JSON.parse(withActuals.stdout) as WithForecast;
  });

  it('adds forecast and variance beside the plan', () => {
    expect(withActuals.stderr).toBe('');
    expect(withActuals.status).toBe(0);
    expect(Object.keys(out).sort()).toEqual(['forecast', 'months', 'summary', 'targets', 'variance', 'years']);
    expect(Object.keys(out.forecast).sort()).toEqual(['lastActualMonth', 'months', 'summary', 'targets', 'years']);
    expect(out.forecast.lastActualMonth).toBe(1);
    expect(out.forecast.months).toHaveLength(60);
    expect(out.forecast.targets).toHaveLength(8);
    expect(out.forecast.years.map((y) => y.actualMonths)).toEqual([2, 0, 0, 0, 0]);
    expect(out.variance.months).toHaveLength(2);
    expect(out.variance.years).toHaveLength(5);
  });

  it('the plan carries the funding: 1,000,000 of financing in month 5', () => {
    expect(out.months[5]!.financing).toBe(1_000_000);
    expect(out.years[0]!.financing).toBe(1_000_000);
  });

  it('January is the actuals: 20 customers, mrr 1,500, the MRR bridge null', () => {
    const m = out.forecast.months[0]!;
    expect(m.customers).toBe(20);
    expect(m.customersByPlan).toEqual({ starter: 12, growth: 6, pro: 2 });
    expect(m.mrr).toBe(1_500);
    expect(m.newMrr).toBeNull();
    expect(m.quickRatio).toBeNull();
    // arpu = 1,500 / 20 = 75; cac = 16,666.67 plan spend / 20 actual new customers = 833.33
    expect(m.arpu).toBe(75);
    expect(m.cac as number).toBeCloseTo(833.33, 2);
    // February's cash is the actual 1,900,000
    expect(out.forecast.months[1]!.cash).toBe(1_900_000);
  });

  it('variance of January: mrr 1,500 - 1,950 = -450, -23.08 % of the plan', () => {
    const mrr = out.variance.months[0]!.mrr!;
    expect(mrr.actual).toBe(1_500);
    expect(mrr.plan).toBeCloseTo(1_950, 9);
    expect(mrr.difference).toBeCloseTo(-450, 9);
    expect(mrr.ratio).toBeCloseTo(-450 / 1_950, 12);
    expect(out.variance.months[0]!.month).toBe(0);
    expect(out.variance.years[0]!.year).toBe(2026);
  });
});

describe('--csv --forecast', () => {
  it("prints the forecast's monthly table with an actual column, true for months <= L", () => {
    expect(forecastCsv.status).toBe(0);
    expect(forecastCsv.stderr).toBe('');
    const [header, ...rows] = forecastCsv.stdout.trimEnd().split('\n').map((line) => line.split(','));
    expect(header!.slice(0, 3)).toEqual(['month', 'year', 'actual']);
    expect(rows).toHaveLength(60);
    expect(rows.map((r) => r[2])).toEqual(Array.from({ length: 60 }, (_, m) => String(m <= 1)));
    const at = (row: number, name: string) => rows[row]![header!.indexOf(name)];
    expect(at(0, 'mrr')).toBe('1500');
    expect(at(0, 'newMrr')).toBe('');
    expect(at(1, 'cash')).toBe('1900000');
    expect(at(0, 'customers_pro')).toBe('2');
  });

  it('--forecast without --csv is a usage error', () => {
    expect(forecastWithoutCsv.status).toBe(2);
    expect(forecastWithoutCsv.stderr).toContain('--forecast goes with --csv');
  });
});

describe('bad actuals', () => {
  it.each(Object.keys(BAD_ACTUALS))('%s: exit 1, one line naming the month and the figure', (name) => {
    const run = badActuals[name]!;
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([`${join(dir, `${name}.json`)}: ${BAD_ACTUALS[name]!.line}`]);
  });
});
