import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatPrecise } from '../../src/components/charts/metrics';
import { project } from '../../src/model/engine';
import { projectForecast } from '../../src/model/forecast';
import { annualCsv, monthlyCsv } from '../../src/model/output';
import { parseScenario } from '../../src/model/parse-scenario';
import { PresentPage } from '../pages/present-page';
import { launchBrowser, trackedPage } from '../support/browser';

const OUT = 'test-results/export';
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); rmSync(OUT, { recursive: true, force: true }); mkdirSync(OUT, { recursive: true }); });
afterAll(async () => { await browser?.close(); });

/** The engine's own run of the baseline, which the app opens first. */
function baseline() {
  const parsed = parseScenario(JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')));
  if (!parsed.ok) throw new Error('baseline does not parse');
  return { ...parsed, projection: project(parsed.values) };
}

async function bytes(download: Download): Promise<Buffer> {
  const path = `${OUT}/${download.suggestedFilename()}`;
  await download.saveAs(path);
  return readFileSync(path);
}

it('exports the monthly and annual tables as CSV, equal to the engine output', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new PresentPage(page);
  await app.open();
  const { projection } = baseline();
  const monthly = await app.download('Monthly table (CSV)');
  expect(monthly.suggestedFilename()).toBe('crm-baseline-2026-2030-monthly.csv');
  const text = (await bytes(monthly)).toString('utf8');
  expect(text.split('\n')[0]!.split(',').slice(0, 5)).toEqual(['month', 'year', 'marketingSpend', 'visitors', 'trials']);
  expect(text).toBe(monthlyCsv(projection));
  const annual = await app.download('Annual table (CSV)');
  expect(annual.suggestedFilename()).toBe('crm-baseline-2026-2030-annual.csv');
  expect((await bytes(annual)).toString('utf8')).toBe(annualCsv(projection));
  expect(errors).toEqual([]);
});

it('exports the forecast of a scenario with actuals as CSV, the same text as the CLI, with its actual column', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new PresentPage(page);
  await app.open('?example=crm-actuals-2026');
  const parsed = parseScenario(JSON.parse(readFileSync('scenarios/crm-actuals-2026.json', 'utf8')));
  if (!parsed.ok) throw new Error('the actuals example does not parse');
  const plan = project(parsed.values);
  const forecast = projectForecast(parsed.values, parsed.scenario.actuals ?? [], plan);
  const monthly = await app.download('Forecast, monthly, with actuals (CSV)');
  const text = (await bytes(monthly)).toString('utf8');
  // Six actual months (January to June 2026): the engine's forecast table, months 0..5 flagged.
  expect(text).toBe(monthlyCsv(forecast, 5));
  const rows = text.trim().split('\n').map((l) => l.split(','));
  expect(rows[0]!.slice(0, 3)).toEqual(['month', 'year', 'actual']);
  expect(rows.slice(1).map((r) => r[2])).toEqual(Array.from({ length: 60 }, (_, m) => String(m <= 5)));
  expect((await bytes(await app.download('Forecast, annual (CSV)'))).toString('utf8')).toBe(annualCsv(forecast));
  expect(errors).toEqual([]);
});

it('exports the live Excel workbook (formulas with cached results), loading exceljs only then', async () => {
  const { page, errors } = await trackedPage(browser);
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  const app = new PresentPage(page);
  await app.open();
  const before = scripts.length;
  const download = await app.download('Workbook (Excel)');
  expect(download.suggestedFilename()).toBe('crm-baseline-2026-2030-workbook.xlsx');
  expect(scripts.length).toBeGreaterThan(before);
  const book = new ExcelJS.Workbook();
  await bytes(download);
  await book.xlsx.readFile(`${OUT}/${download.suggestedFilename()}`);
  expect(book.worksheets.map((s) => s.name)).toEqual(['Assumptions', 'Monthly', 'Annual', 'Targets', 'Summary', 'Cohorts']);
  const { projection } = baseline();
  const monthly = book.getWorksheet('Monthly')!;
  const head = (monthly.getRow(1).values as unknown[]).slice(1);
  const csvHead = monthlyCsv(projection).split('\n')[0]!.split(',');
  expect(head.slice(0, csvHead.length)).toEqual(csvHead);
  for (const key of ['mrr', 'cash', 'customers'] as const) {
    const col = head.indexOf(key) + 1;
    for (const m of [0, 23, 59]) {
      const cell = monthly.getRow(m + 2).getCell(col);
      expect(cell.formula).toMatch(/[A-Z]+\d+/);
      expect(cell.result).toBe(projection.monthly[key][m]);
    }
  }
  const annual = book.getWorksheet('Annual')!;
  const keys = (annual.getRow(1).values as unknown[]).slice(1);
  expect(annual.getRow(6).getCell(keys.indexOf('arr') + 1).result).toBe(projection.years[4]!.arr);
  const assumptions = book.getWorksheet('Assumptions')!.getSheetValues() as unknown[][];
  expect(assumptions.find((r) => r?.[2] === 'marketingBudget')!.slice(3)).toEqual([200000, 400000, 700000, 1100000, 1500000]);
  expect(errors).toEqual([]);
});

it('exports a chart as PNG (2x) and as SVG with concrete colours', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new PresentPage(page);
  await app.open();
  const png = await app.download('MRR by plan as PNG');
  expect(png.suggestedFilename()).toBe('crm-baseline-2026-2030-chart-mrr.png');
  const image = await bytes(png);
  expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(image.readUInt32BE(16)).toBe(2000);
  const svg = await app.download('Cash and EBITDA as SVG');
  expect(svg.suggestedFilename()).toBe('crm-baseline-2026-2030-chart-cash.svg');
  const markup = (await bytes(svg)).toString('utf8');
  expect(markup).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(markup).toContain('Cash and EBITDA');
  expect(markup).not.toContain('var(--');
  expect(errors).toEqual([]);
});

it('prints a clean report to PDF: cover, assumptions, annual summary, charts, targets', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new PresentPage(page);
  await app.open();
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-report .report-chart svg[role="img"]').nth(6).waitFor();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(`${OUT}/report.pdf`, pdf);
  const info = execFileSync('pdfinfo', [`${OUT}/report.pdf`]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThanOrEqual(6);
  expect(pages).toBeLessThanOrEqual(12);
  const text = execFileSync('pdftotext', ['-layout', `${OUT}/report.pdf`, '-']).toString();
  const { projection } = baseline();
  for (const heading of ['CRM baseline 2026-2030', 'Assumptions', 'Annual summary', 'Charts', 'Targets', 'MRR by plan', 'Cash and EBITDA']) expect(text).toContain(heading);
  expect(text).toContain(formatPrecise('money', projection.years[4]!.arr!, 'USD'));
  execFileSync('pdftoppm', ['-png', '-r', '50', `${OUT}/report.pdf`, `${OUT}/report`]);
  expect(readdirSync(OUT).filter((f) => /^report-\d+\.png$/.test(f))).toHaveLength(pages);
  await page.emulateMedia({ media: 'screen' });
  await page.locator('.print-report').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});
