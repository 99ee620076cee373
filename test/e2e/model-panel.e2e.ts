// The Model view's side panel answers "what did my edit do?": it stays in view while the grid
// scrolls, shows every year of the headline figures and of the unit economics against their
// targets, and marks the figures the last edit moved.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { project } from '../../src/model/engine';
import { parseScenario } from '../../src/model/parse-scenario';
import { GridPage } from '../pages/grid-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

function baselineWith(opex2027?: number) {
  const raw = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8'));
  if (opex2027 !== undefined) raw.drivers.operatingExpenses[1] = opex2027;
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error('baseline does not parse');
  return project(parsed.values);
}

it('marks what a 2027 operating-expenses edit moved: cash from 2027 on, down; 2026 untouched', async () => {
  const { page, errors } = await trackedPage(browser);
  const grid = new GridPage(page);
  await grid.open();
  const panel = page.locator('.overview');
  const cash = (year: number) => panel.locator(`.headline-table tr[data-figure="endingCash"] td[data-year="${year}"]`);
  // Every year of the headline figures, 2026 to 2030.
  expect(await panel.locator('.headline-table thead th').allInnerTexts()).toEqual(['Figure', '2026', '2027', '2028', '2029', '2030']);
  expect(await panel.locator('td[data-moved]').count()).toBe(0);

  await grid.enter('Operating expenses 2027', '500K');
  // The engine on the same edit: $60K -> $500K a month in 2027 lowers cash from 2027 on.
  const before = baselineWith(), after = baselineWith(500_000);
  expect(after.years[1]!.endingCash!).toBeLessThan(before.years[1]!.endingCash!);
  await expect.poll(() => cash(2027).getAttribute('data-moved')).toBe('▼');
  for (const year of [2028, 2029, 2030]) expect(await cash(year).getAttribute('data-moved')).toBe('▼');
  expect(await cash(2026).getAttribute('data-moved')).toBeNull();
  expect(await panel.locator('.headline-table tr[data-figure="revenue"] td[data-moved]').count()).toBe(0);
  // The mark is drawn by CSS: the cell's text is the figure alone.
  expect(await cash(2026).innerText()).not.toContain('▼');
  expect(errors).toEqual([]);
});

it('shows the unit economics year by year with their targets (payback met, NRR missed), and stays in view while the grid scrolls', async () => {
  const { page, errors } = await trackedPage(browser, { width: 1280, height: 800 });
  const grid = new GridPage(page);
  await grid.open();
  const card = (key: string) => page.locator(`.overview .trajectory[data-figure="${key}"]`);
  for (const key of ['arpu', 'cac', 'cacPaybackMonths', 'grossMargin']) {
    await card(key).locator('svg.year-trend').waitFor();
    expect(await card(key).locator('svg.year-trend circle').count(), key).toBe(5);
    expect(await card(key).locator('td[data-year]').count(), key).toBe(5);
  }
  const last = baselineWith().years[4]!;
  expect(await card('cacPaybackMonths').locator('.trajectory-status').getAttribute('data-status')).toBe(last.cacPaybackMonths! <= 12 ? 'met' : 'missed');
  expect(await card('cacPaybackMonths').locator('line[data-target]').getAttribute('data-target')).toBe('12');
  expect(await card('nrr').locator('.trajectory-status').getAttribute('data-status')).toBe('missed');

  const top = async () => (await page.locator('.model-aside').boundingBox())!.y;
  const start = await top();
  await page.mouse.wheel(0, 900);
  await expect.poll(async () => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  // Sticky: after the page scrolled 900 px, the panel sits at the top of the window (within a few
  // pixels, as the end of the Model view may nudge it), not 900 px up.
  const now = await top();
  expect(now).toBeGreaterThan(-40);
  expect(now).toBeLessThan(Math.min(start, 20));
  expect(await page.locator('.overview .trajectory[data-figure="arpu"] svg.year-trend').isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

it('keeps the other years readable when one year runs off the scale: that year sits on the edge with an arrow', async () => {
  const { page, errors } = await trackedPage(browser, { width: 1280, height: 800 });
  const grid = new GridPage(page);
  await grid.open();
  const chart = page.locator('.overview .trajectory[data-figure="cacPaybackMonths"] svg.year-trend');
  await chart.waitFor();
  expect(await chart.locator('[data-off-scale]').count()).toBe(0);
  // $5,000 a visitor in 2026 (625 times $8): paid CAC and so payback in 2026 go up 625-fold, to
  // thousands of months, while 2027-2030 stay between 3 and 7 months.
  await grid.enter('Visitor acquisition cost 2026', '5000');
  await grid.panelSettled();
  await expect.poll(() => chart.locator('path[data-off-scale="high"]').getAttribute('data-year')).toBe('2026');
  expect(await chart.getAttribute('aria-label')).toMatch(/; 2026 is off the scale$/);
  // The four other years spread over the chart: 3 to 7 months on a scale up to the 12-month target
  // take more than 10 of its 66 px (with 2026's thousands of months setting the scale, they lay
  // within a tenth of a pixel of each other), and 2026's point sits on the top edge.
  const ys = await chart.locator('circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cy'))));
  expect(ys[0]).toBe(0);
  const rest = ys.slice(1);
  expect(Math.max(...rest) - Math.min(...rest)).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});
