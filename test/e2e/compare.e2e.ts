// Compare: the aggressive variant against the baseline shows the cells that differ (old -> new),
// the annual deltas, the attribution of each 2030 figure and the charts with the overlay.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ScenariosPage } from '../pages/scenarios-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const cells = (page: ScenariosPage['page'], place: string) => page.locator(`.changes-table tr[data-place="${place}"]`);

it('compares the aggressive variant with the baseline: differing cells, deltas, attribution, charts', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open('?example=crm-aggressive');
  await files.view('Scenarios');
  await page.getByRole('button', { name: 'Compare with CRM baseline 2026-2030', exact: true }).click();

  const budget = cells(page, 'Marketing budget, 2026');
  expect(await budget.locator('.old-cell').innerText()).toBe('$200,000');
  expect(await budget.locator('.new-cell').innerText()).toBe('$300,000');
  // A formula cell shows the formula and its value: 2 x 300,000.
  expect(await cells(page, 'Marketing budget, 2027').locator('.new-cell').innerText()).toBe('=prev * 2 ($600,000)');
  expect(await cells(page, 'Starting cash').locator('.new-cell').innerText()).toBe('$3,000,000');
  // Rows the two files share do not appear.
  expect(await page.locator('.changes-table tr[data-place^="Visitor acquisition cost"]').count()).toBe(0);

  // The aggressive plan spends 300,000 instead of 200,000 on marketing in 2026, so it wins more revenue: a rise, new minus old.
  const revenue2026 = page.locator('.delta-table tbody[data-kpi="revenue"] .delta-row td[data-year="2026"]');
  expect(await revenue2026.locator('.delta-abs').innerText()).toMatch(/^\+\$[\d,]+$/);
  expect(await revenue2026.locator('.delta-pct').innerText()).toMatch(/^\+[\d.]+%$/);

  const cash = page.locator('.attribution-table tr[data-kpi="endingCash"]');
  expect(await cash.locator('.top-input').innerText()).not.toBe('');
  // Six charts drawn with a plot area, each naming the baseline in its legend as the overlay.
  const plots = await page.locator('.compare-charts svg').evaluateAll((svgs) => svgs.filter((svg) => svg.getBoundingClientRect().height > 150).length);
  expect(plots).toBe(6);
  expect(await page.locator('.compare-charts .chart-legend', { hasText: 'CRM baseline 2026-2030' }).count()).toBe(6);
  expect(errors).toEqual([]);
});

it('compares with a file that differs in one cell: that input explains 100 % of every change', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open();
  await files.view('Compare');
  const doc = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as { name: string; drivers: Record<string, unknown[]> };
  doc.name = 'Dear visitors';
  doc.drivers.visitorAcquisitionCost![0] = 10;
  await page.getByLabel('Compare with a scenario file').setInputFiles({ name: 'dear.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });

  await page.locator('.changes-table').waitFor();
  // Old is the file, new the open baseline: $10 -> $8.
  expect(await page.locator('.changes-table tbody tr').count()).toBe(1);
  expect(await cells(page, 'Visitor acquisition cost, 2026').locator('.old-cell').innerText()).toBe('$10.00');
  expect(await cells(page, 'Visitor acquisition cost, 2026').locator('.new-cell').innerText()).toBe('$8.00');
  const arr = page.locator('.attribution-table tr[data-kpi="arr"]');
  expect(await arr.locator('.top-input').innerText()).toBe('Visitor acquisition cost');
  expect(await arr.locator('td').nth(4).innerText()).toBe('100%');

  // Swapping puts the file on the new side.
  await page.getByRole('button', { name: 'Swap old and new' }).click();
  expect(await cells(page, 'Visitor acquisition cost, 2026').locator('.new-cell').innerText()).toBe('$10.00');
  expect(errors).toEqual([]);
});
