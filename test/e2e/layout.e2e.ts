// Layout at both sizes: one header row at 1280, no empty KPI slots, a grid that keeps its years near
// their labels at 1920 with the side panel taking the rest, and a notice that leaves the grid free.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encodeShareFragment } from '../../src/model/share-link';
import type { Scenario } from '../../src/model/types';
import { LayoutPage, overlaps } from '../pages/layout-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const SIZES = [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }];

for (const viewport of SIZES) {
  it(`keeps the header on one row and fills every KPI slot at ${viewport.width}x${viewport.height}`, async () => {
    const { page, errors } = await trackedPage(browser, viewport);
    const app = new LayoutPage(page);
    await app.open();
    // A scenario with unsaved changes has the most in its header (the unsaved mark).
    await page.getByRole('gridcell', { name: /^Marketing budget\b.* 2026$/ }).click();
    await page.keyboard.type('300K');
    await page.keyboard.press('Enter');
    expect(await app.headerRows()).toBe(1);
    await app.view('Dashboard');
    await page.locator('.kpi-grid .kpi-card').nth(12).waitFor();
    const { columns, slots, rows } = await app.kpiSlots();
    // Every row full: the cards' slots are exactly rows x columns.
    expect(slots).toBe(rows * columns);
    expect(await app.headerRows()).toBe(1);
    expect(errors).toEqual([]);
  });
}

it('shows the baseline\'s whole name on one header row from 1280 to 1920 wide', async () => {
  // The name is what the room reads: it was cut to "CR…" at 1280, and the header took two rows at 1600.
  for (const width of [1280, 1440, 1600, 1760, 1920]) {
    const { page, errors } = await trackedPage(browser, { width, height: 800 });
    const app = new LayoutPage(page);
    await app.open();
    expect(await page.locator('.app-header .scenario-name').innerText()).toBe('CRM baseline 2026-2030');
    expect(await app.nameShownWhole(), `${width}`).toBe(true);
    expect(await app.headerRows(), `${width}`).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }
});

it('keeps the forms below the grid inside the Model view\'s left column, clear of the side panel', async () => {
  // At 1920 the left column is capped at 56rem, and the plans editor, side by side with the
  // scenario's fields, ran 100 px into the side panel's charts.
  for (const width of [1100, 1280, 1440, 1600, 1920]) {
    const { page, errors } = await trackedPage(browser, { width, height: 900 });
    const app = new LayoutPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Add plan' }).waitFor();
    const reach = await page.locator('.assumptions').evaluate((column) => {
      const edge = column.getBoundingClientRect().right;
      return Math.max(...[...column.querySelectorAll('*')].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => r.right - edge));
    });
    expect(reach, `${width}`).toBeLessThanOrEqual(0.5);
    expect(errors).toEqual([]);
    await page.close();
  }
});

it('at 1920 keeps the grid\'s years near their labels and gives the side panel the rest', async () => {
  const { page, errors } = await trackedPage(browser, SIZES[1]);
  const app = new LayoutPage(page);
  await app.open();
  const grid = await app.box(page.getByRole('grid', { name: 'Assumptions by year' }));
  const panel = await app.box(page.locator('.model-aside'));
  // The 2030 column ends within 950 px of the labels' left edge (it was 1,450 px away), and the
  // side panel is at least as wide as 40 % of the window.
  expect(grid.width).toBeLessThanOrEqual(950);
  expect(panel.width).toBeGreaterThanOrEqual(0.4 * 1920);
  expect(errors).toEqual([]);
});

it('opens a share link with a notice that does not cover the grid, at both sizes', async () => {
  const doc = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Scenario;
  doc.name = 'Shared plan with a rather long name for the notice';
  for (const viewport of SIZES) {
    const { page, errors } = await trackedPage(browser, viewport);
    const app = new LayoutPage(page);
    await app.open(`#${encodeShareFragment(doc)}`);
    const notice = page.locator('.notice', { hasText: 'Opened the shared scenario' });
    await notice.waitFor();
    const grid = await app.box(page.getByRole('grid', { name: 'Assumptions by year' }));
    const visibleGrid = { ...grid, height: Math.min(grid.height, viewport.height - grid.y) };
    expect(overlaps(await app.box(notice), visibleGrid)).toBe(false);
    expect(errors).toEqual([]);
  }
});
