// The headless entry (MODEL.md, "Headless output"), run as a user runs it: a real process on real
// files. Each process costs about a second, so all of them start at once in beforeAll.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { cli, seed, type Output, type Run } from './run-cli';

// Every monthly figure MODEL.md names ("One month" and the monthly KPIs).
const MONTHLY = [
  'marketingSpend', 'visitors', 'trials', 'newCustomers', 'churnedCustomers', 'customers', 'mrr', 'startMrr', 'newMrr',
  'expansionMrr', 'contractionMrr', 'churnedMrr', 'revenue', 'cogs', 'grossProfit', 'salesMarketingOverhead',
  'operatingExpenses', 'ebitda', 'cash', 'arpu', 'grossMargin', 'cac', 'fullyLoadedCac', 'cacPaybackMonths',
  'customerChurnRate', 'ltv', 'ltvToCac', 'quickRatio', 'nrr',
  // schema version 2
  'financing', 'netBurn', 'runwayMonths',
];
// Every annual figure MODEL.md names ("One year").
const ANNUAL = [
  'revenue', 'cogs', 'grossProfit', 'marketingSpend', 'salesMarketingOverhead', 'operatingExpenses', 'ebitda', 'visitors',
  'trials', 'newCustomers', 'grossMargin', 'cac', 'fullyLoadedCac', 'arpu', 'cacPaybackMonths', 'nrr', 'endingMrr', 'arr',
  'endingCustomers', 'endingCash', 'ltv', 'ltvToCac',
  // schema version 2
  'financing', 'runwayMonths', 'revenueGrowth', 'ebitdaMargin', 'ruleOf40', 'netNewArr', 'burnMultiple', 'magicNumber',
];

const dir = mkdtempSync(join(tmpdir(), 'trajectory-cli-'));
let json: Run, csv: Run, invalid: Run, notJson: Run, missing: Run, usage: Run;
beforeAll(async () => {
  const bad = structuredClone(baseline);
  bad.plans[2]!.price[3] = -1; // Pro price 2029
  bad.drivers.visitorAcquisitionCost[2] = 0; // 2028
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify(bad, null, 2));
  writeFileSync(join(dir, 'not-json.json'), 'schemaVersion: 1\nname: oops\n');
  [json, csv, invalid, notJson, missing, usage] = await Promise.all([
    cli(seed, '--json'),
    cli(seed, '--csv'),
    cli(join(dir, 'invalid.json'), '--json'),
    cli(join(dir, 'not-json.json')),
    cli(join(dir, 'no-such-file.json'), '--json'),
    cli(),
  ]);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--json on the seed', () => {
  let out: Output;
  beforeAll(() => {
    out = JSON.parse(json.stdout) as Output;
  });

  it('exits 0 with one JSON object of months, years, targets and summary', () => {
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    expect(Object.keys(out).sort()).toEqual(['months', 'summary', 'targets', 'years']);
    expect(out.months).toHaveLength(60);
    expect(out.years).toHaveLength(5);
    expect(out.targets).toHaveLength(8);
    expect(Object.keys(out.summary).sort()).toEqual(['breakEvenMonth', 'cashOutMonth', 'lowestCash', 'lowestCashMonth']);
  });

  it('month 0 matches the worked check', () => {
    const m = out.months[0]!;
    expect(m.month).toBe(0);
    expect(m.year).toBe(2026);
    // 200000 / 12 = 16666.67; / 8 = 2083.33; x 6 % = 125; x 20 % = 25
    expect(m.marketingSpend).toBeCloseTo(16666.67, 2);
    expect(m.visitors).toBeCloseTo(2083.33, 2);
    expect(m.trials).toBeCloseTo(125, 9);
    expect(m.newCustomers).toBeCloseTo(25, 9);
    // 15 x 50 + 7.5 x 100 + 2.5 x 180 = 1950; / 25 = 78; 16666.67 / 25 = 666.67
    expect(m.mrr).toBeCloseTo(1950, 6);
    expect(m.arpu).toBeCloseTo(78, 9);
    expect(m.cac).toBeCloseTo(666.67, 2);
    expect(m.grossMargin).toBeCloseTo(0.92, 9);
    // 666.67 / (78 x 0.92) = 9.29; (16666.67 + 10000) / 25 = 1066.67
    expect(m.cacPaybackMonths).toBeCloseTo(9.29, 2);
    expect(m.fullyLoadedCac).toBeCloseTo(1066.67, 2);
    // 25 x (0.6, 0.3, 0.1)
    expect(Object.keys(m.customersByPlan)).toEqual(['starter', 'growth', 'pro']);
    expect(m.customersByPlan.starter).toBeCloseTo(15, 9);
    expect(m.customersByPlan.growth).toBeCloseTo(7.5, 9);
    expect(m.customersByPlan.pro).toBeCloseTo(2.5, 9);
  });

  it('every month holds month, year, customersByPlan and every monthly figure of MODEL.md', () => {
    for (const m of out.months) {
      for (const key of ['month', 'year', 'customersByPlan', ...MONTHLY]) expect(m, `month ${String(m.month)}`).toHaveProperty(key);
    }
    expect(out.months.map((m) => m.month)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    // month 59 is December of 2026 + 4
    expect(out.months[59]!.year).toBe(2030);
  });

  it('an undefined figure is JSON null', () => {
    // nrr needs a cohort 12 months back with mrr: the seed starts with no customers, so months
    // 0..11 have none (month 11's cohort is the initial customers), and month 23's is December 2026.
    // With no customers at the start of month 0, churn rate has no denominator either.
    expect(json.stdout).toMatch(/"nrr": null/);
    expect(out.months[0]!.nrr).toBeNull();
    expect(out.months[11]!.nrr).toBeNull();
    expect(out.months[0]!.customerChurnRate).toBeNull();
    expect(typeof out.months[23]!.nrr).toBe('number');
  });

  it('every year holds every annual figure, and 2026 matches the worked check', () => {
    for (const y of out.years) for (const key of ['year', ...ANNUAL]) expect(y).toHaveProperty(key);
    const y0 = out.years[0]!;
    expect(y0.year).toBe(2026);
    // 12 x 2083.33 = 25000 visitors, x 6 % = 1500 trials, x 20 % = 300 new customers, 200000 / 300 = 666.67
    expect(y0.visitors).toBeCloseTo(25000, 6);
    expect(y0.trials).toBeCloseTo(1500, 6);
    expect(y0.newCustomers).toBeCloseTo(300, 6);
    expect(y0.cac).toBeCloseTo(666.67, 2);
  });

  it('targets carry metric, year, bounds, value and met', () => {
    const cac = out.targets[2]!;
    expect(cac).toMatchObject({ metric: 'cac', year: 2026, max: 667, met: true });
    expect(cac).not.toHaveProperty('min');
    expect(cac.value as number).toBeCloseTo(666.67, 2);
  });
});

describe('--csv on the seed', () => {
  it('prints the monthly table: a header and 60 rows, ending in a newline', () => {
    expect(csv.status).toBe(0);
    expect(csv.stderr).toBe('');
    expect(csv.stdout.startsWith('month,year,marketingSpend')).toBe(true);
    expect(csv.stdout.endsWith('\n')).toBe(true);
    const rows = csv.stdout.split('\n');
    expect(rows).toHaveLength(62); // header + 60 months + '' after the trailing newline
    expect(rows[61]).toBe('');
  });

  it('month 0 has 1950 in the mrr column and empty fields for null KPIs', () => {
    const [header, first] = csv.stdout.split('\n').map((line) => line.split(','));
    const at = (name: string) => {
      const i = header!.indexOf(name);
      expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
      return first![i]!;
    };
    expect(first).toHaveLength(header!.length);
    expect(at('month')).toBe('0');
    expect(at('year')).toBe('2026');
    expect(Number(at('mrr'))).toBeCloseTo(1950, 6);
    expect(at('nrr')).toBe('');
    expect(at('customerChurnRate')).toBe('');
    for (const name of MONTHLY) at(name);
  });
});

describe('a file that fails', () => {
  it('an invalid scenario exits 1, prints nothing on stdout and one problem a line on stderr', () => {
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toBe('');
    const lines = invalid.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    // The words a user reads, then the JSON path for someone fixing the file in an editor.
    expect(lines.some((l) => l.endsWith('Pro plan, price, 2029 (plans[2].price[3]): must not be negative'))).toBe(true);
    expect(lines.some((l) => l.endsWith('Visitor acquisition cost, 2028 (drivers.visitorAcquisitionCost[2]): must be more than 0 (cost per visitor)'))).toBe(true);
    expect(invalid.stderr).not.toContain('    at ');
  });

  it('a file that is not JSON exits 1 and says so', () => {
    expect(notJson.status).toBe(1);
    expect(notJson.stdout).toBe('');
    expect(notJson.stderr).toContain('is not valid JSON');
    expect(notJson.stderr).not.toContain('    at ');
  });

  it('a missing file exits 1 and names the file', () => {
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('no-such-file.json');
    expect(missing.stderr).not.toContain('    at ');
  });

  it('no file at all prints the usage and exits 2', () => {
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage:');
  });
});
