// The forecast everywhere and the budget lock, in Chromium: a scenario with actuals opened from a
// file shows the forecast on the dashboard, each line split at the last actual month with a marker
// there, the plan one click away; a library entry locked as a budget opens read-only.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ScenariosPage } from '../pages/scenarios-page';
import { launchBrowser, trackedPage } from '../support/browser';

const SHOTS = 'test-results/forecast';

/** The baseline with six actual months, Jan-Jun 2026: ahead of the plan (25 new customers a month). */
function withActuals(): string {
  const doc = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Record<string, unknown>;
  doc.name = 'Baseline with actuals';
  doc.actuals = Array.from({ length: 6 }, (_, m) => {
    const starter = 18 * (m + 1), growth = 9 * (m + 1), pro = 3 * (m + 1);
    return {
      month: `2026-0${m + 1}`,
      marketingSpend: 16_000,
      newCustomers: 30,
      customersByPlan: { starter, growth, pro },
      mrr: starter * 50 + growth * 100 + pro * 180,
      cash: 2_000_000 - 25_000 * (m + 1),
    };
  });
  return JSON.stringify(doc, null, 2);
}

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); mkdirSync(SHOTS, { recursive: true }); });
afterAll(async () => { await browser?.close(); });

const bar = (page: Page) => page.getByTestId('forecast-bar');
const markers = (page: Page) => page.locator('.dashboard [data-testid="actuals-marker"]');

it('shows the forecast on the dashboard, the marker at the last actual month, the plan one click away', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
    const { page, errors } = await trackedPage(browser, viewport);
    const files = new ScenariosPage(page);
    await files.open();
    await files.openFile('actuals.json', withActuals());
    await expect.poll(() => files.scenarioName.innerText()).toBe('Baseline with actuals');
    await files.view('Dashboard');
    await expect.poll(() => bar(page).getAttribute('data-showing')).toBe('forecast');
    expect(await bar(page).innerText()).toContain('actuals to Jun 2026');
    // Every monthly chart marks June 2026 (month 5), and its lines split there.
    await expect.poll(() => markers(page).count()).toBeGreaterThanOrEqual(4);
    expect(new Set(await markers(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-month'))))).toEqual(new Set(['5']));
    // A chart of two panels marks the month in both and names it once.
    for (const chart of ['chart-unit-economics', 'chart-customers', 'chart-cash']) {
      const inChart = page.locator('.dashboard').getByTestId(chart).locator('[data-testid="actuals-marker"]');
      expect(await inChart.count()).toBe(2);
      expect(await inChart.locator('text').allTextContents()).toEqual(['Actuals to Jun 2026']);
    }
    expect(await page.locator('.dashboard [data-testid="forecast-line"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.dashboard').getByText('Actuals to Jun 2026').first().isVisible()).toBe(true);
    // The cards put the plan beside the forecast.
    expect(await page.locator('.kpi-grid').innerText()).toMatch(/plan \$/);
    // The monthly table labels the actual months.
    await page.locator('#monthly-title').click();
    expect(await page.locator('.monthly-table tr[data-month="5"] th').innerText()).toBe('Jun 2026 · actual');
    expect(await page.locator('.monthly-table tr[data-month="6"] th').innerText()).toBe('Jul 2026');
    await page.locator('#monthly-title').click();
    const forecastId = await page.locator('.dashboard').getAttribute('data-projection');
    await page.screenshot({ path: `${SHOTS}/dashboard-forecast-${viewport.width}.png` });
    await page.locator('[data-testid="chart-mrr"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/dashboard-charts-${viewport.width}.png` });

    await bar(page).getByRole('button', { name: 'Plan', exact: true }).click();
    await expect.poll(() => bar(page).getAttribute('data-showing')).toBe('plan');
    await expect.poll(() => markers(page).count()).toBe(0);
    expect(await page.locator('.dashboard').getAttribute('data-projection')).not.toBe(forecastId);
    expect(await page.locator('.kpi-grid').innerText()).not.toMatch(/plan \$/);
    await bar(page).getByRole('button', { name: 'Forecast', exact: true }).click();
    await expect.poll(() => page.locator('.dashboard').getAttribute('data-projection')).toBe(forecastId);
    expect(errors).toEqual([]);
    await page.close();
  }
});

it('a scenario without actuals shows no switch and no marker', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open();
  await files.view('Dashboard');
  await page.locator('.kpi-grid').waitFor();
  expect(await bar(page).count()).toBe(0);
  expect(await markers(page).count()).toBe(0);
  expect(errors).toEqual([]);
});

it('locking a library entry makes it read-only until unlocked', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open();
  await files.view('Scenarios');
  await page.getByRole('button', { name: 'Save to library' }).click();
  await page.getByRole('button', { name: 'Lock as budget CRM baseline 2026-2030', exact: true }).click();
  await page.getByTestId('locked-banner').waitFor();
  expect(await page.getByRole('button', { name: 'Rename CRM baseline 2026-2030', exact: true }).isDisabled()).toBe(true);
  // The lock is kept in the library: after a reload the entry is still a locked budget.
  await page.reload();
  await files.fileMenuButton.waitFor();
  await files.view('Scenarios');
  await page.getByRole('button', { name: 'Unlock CRM baseline 2026-2030', exact: true }).waitFor();
  await page.locator('.library-table:not(.shipped-table) tr[data-entry="CRM baseline 2026-2030"]').getByRole('button', { name: 'Open CRM baseline 2026-2030', exact: true }).click();
  await page.getByTestId('locked-banner').waitFor();

  await files.view('Model');
  const cell = page.getByRole('gridcell', { name: 'Marketing budget 2026' });
  const before = await cell.innerText();
  await cell.dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('250000');
  await page.keyboard.press('Enter');
  await files.notice('is a locked budget and cannot be changed').waitFor();
  expect(await cell.innerText()).toBe(before);
  await page.screenshot({ path: `${SHOTS}/locked-budget-1280.png` });

  await page.getByTestId('locked-banner').getByRole('button', { name: 'Unlock' }).click();
  await expect.poll(() => page.getByTestId('locked-banner').count()).toBe(0);
  await cell.dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('250000');
  await page.keyboard.press('Enter');
  await expect.poll(() => cell.innerText()).toBe('$250K');
  expect(errors).toEqual([]);
});

it('presents a "Plan vs actual" slide with the year to date, coloured by which way is good', async () => {
  const { page, errors } = await trackedPage(browser, { width: 1920, height: 1080 });
  const files = new ScenariosPage(page);
  await files.open();
  await files.openFile('actuals.json', withActuals());
  await expect.poll(() => files.scenarioName.innerText()).toBe('Baseline with actuals');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const overlay = page.getByTestId('slide-counter');
  await overlay.waitFor();
  await page.keyboard.press('End');
  await expect.poll(() => overlay.innerText()).toBe('7 / 7');
  const table = page.getByTestId('plan-vs-actual');
  // New customers Jan-Jun: 6 x 30 = 180 actual against 6 x 25 = 150 planned: +30, +20 %, good news.
  const customers = table.locator('tr[data-figure="newCustomers"]');
  expect(await customers.getAttribute('data-tone')).toBe('good');
  expect(await customers.innerText()).toContain('+20');
  // Paid CAC: 6 x $16,000 / 180 = $533.33 actual against $666.67 planned: lower, so good news.
  const cac = table.locator('tr[data-figure="cac"]');
  expect(await cac.getAttribute('data-tone')).toBe('good');
  expect(await cac.innerText()).toContain('$533.33');
  // Cash: $2,000,000 - 6 x $25,000 = $1,850,000 at the end of June.
  expect(await table.locator('tr[data-figure="cash"]').innerText()).toContain('1,850,000');
  await page.screenshot({ path: `${SHOTS}/slide-plan-vs-actual-1920.png` });
  expect(errors).toEqual([]);
});
