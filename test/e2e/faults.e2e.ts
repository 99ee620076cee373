// Browser faults (issue 9): storage switched off or holding hostile data, a Web Worker that cannot
// be created, and a chart that throws. In each the user reads what happened, and the grid, the
// figures and File > Download a copy keep working. (Full storage and a damaged autosave record
// are in scenarios-storage.e2e.ts.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHART_IDS, DashboardPage } from '../pages/dashboard-page';
import { GridPage } from '../pages/grid-page';
import { ScenariosPage } from '../pages/scenarios-page';
import { SensitivityPage } from '../pages/sensitivity-page';
import { baseUrl, launchBrowser, nextFrame, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Edits 2026 trial-to-paid to 25 % (month-0 CAC $666.67 -> $533.33, as in grid.e2e.ts) and downloads the scenario. */
async function editAndDownload(page: Page): Promise<string> {
  const grid = new GridPage(page);
  await new ScenariosPage(page).view('Model');
  await grid.grid().waitFor();
  await grid.enter('Trial-to-paid 2026', '25');
  expect(await grid.shown('Trial-to-paid 2026')).toBe('25.0%');
  expect(await grid.overviewValue('CAC (paid)', 'month0')).toBe('$533.33');
  const { text } = await new ScenariosPage(page).download();
  return text;
}

it('with local storage switched off (reading it throws), says so and keeps working; a download still saves the work', async () => {
  const { page, errors } = await trackedPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const files = new ScenariosPage(page);
  await files.open();
  const off = files.notice('does not let the app store data');
  await off.first().waitFor();
  expect(await off.first().getAttribute('role')).toBe('alert');
  const text = await editAndDownload(page);
  expect(JSON.parse(text)).toMatchObject({ drivers: { trialToPaid: [0.25, 0.2375, 0.275, 0.3125, 0.35] } });
  // The autosave failure is said once, not on every change: two more edits, each saved at once
  // (the autosave saves a pending change on pagehide, synchronously), leave one notice.
  const grid = new GridPage(page);
  for (const typed of ['26', '27']) {
    await grid.enter('Trial-to-paid 2026', typed);
    expect(await grid.shown('Trial-to-paid 2026')).toBe(`${typed}.0%`);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  }
  await expect.poll(() => files.notice('saving your work automatically').count()).toBe(1);
  await nextFrame(page);
  expect(await files.notice('saving your work automatically').count()).toBe(1);
  expect(errors).toEqual([]);
});

it('a library entry holding hostile data (__proto__, a wrong shape) is set aside, pollutes nothing, and the others load', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open();
  await page.evaluate(() => {
    localStorage.setItem('trajectory:library:hostile', '{"__proto__":{"polluted":"yes"},"updatedAt":"2026-01-01T00:00:00Z","scenario":{"__proto__":{"polluted":"yes"},"name":[1,2]}}');
    localStorage.setItem('trajectory:library:deep', `{"updatedAt":"x","scenario":${'['.repeat(5000)}${']'.repeat(5000)}}`);
  });
  await page.reload();
  await files.fileMenuButton.waitFor();
  await expect.poll(() => files.notice('set aside, not deleted').count()).toBe(2);
  expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('trajectory:set-aside:library:')).length);
  expect(aside).toBe(2);
  expect(await editAndDownload(page)).toContain('"trialToPaid": [0.25, 0.2375, 0.275, 0.3125, 0.35]');
  expect(errors).toEqual([]);
});

it('when a Web Worker cannot be created, Monte Carlo runs in the page, says so, and shows results', async () => {
  const { page, errors } = await trackedPage(browser);
  await page.addInitScript(() => {
    class NoWorker {
      constructor() { throw new DOMException('Workers are blocked here (a test)', 'SecurityError'); }
    }
    Object.defineProperty(window, 'Worker', { configurable: true, writable: true, value: NoWorker });
  });
  const s = new SensitivityPage(page);
  await s.openTab('Monte Carlo');
  await page.getByRole('button', { name: 'Add typical ranges' }).click();
  await s.runMonteCarlo(2000, 11);
  const summary = await s.summary(11);
  expect(await page.getByTestId('mc-fallback').innerText()).toMatch(/^The runs could not use a background worker \(.*Workers are blocked here.*\), so they go on in this page/);
  expect(await summary.getAttribute('data-via')).toBe('main');
  expect(errors).toEqual([]);
});

it('a chart that throws shows a message in its own place; the other charts, the cards and the tables stay, the grid still edits and the scenario still downloads', async () => {
  const { page, errors } = await trackedPage(browser);
  await page.addInitScript(() => { (window as Window & { __trajectoryFault?: string }).__trajectoryFault = 'chart:chart-cash'; });
  const dash = new DashboardPage(page);
  await page.goto(baseUrl());
  const toDashboard = () => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Dashboard', exact: true }).click();
  await toDashboard();
  const alert = page.getByRole('alert').filter({ hasText: 'The chart “Cash and EBITDA” hit a bug' });
  await alert.waitFor();
  expect(await alert.innerText()).toMatch(/The other figures are not affected\. Details: injected fault in the chart "Cash and EBITDA"/);
  // Only that chart is gone: the view's own boundary did not take the rest down.
  expect(await page.getByRole('alert').filter({ hasText: 'The Dashboard view hit a bug' }).count()).toBe(0);
  expect(await dash.chart('chart-cash').count()).toBe(0);
  const others = CHART_IDS.filter((id) => id !== 'chart-cash');
  for (const id of others) expect(await dash.plot(id).isVisible(), id).toBe(true);
  // Every card of the dashboard stays (13 unit-economics cards and the four of funding and runway).
  expect(await page.locator('.kpi-card').count()).toBe(17);
  expect(await dash.headline('Cash').isVisible()).toBe(true);
  expect(await page.locator('.annual-table tr[data-figure="revenue"]').isVisible()).toBe(true);
  const cacBefore = await dash.firstYear('CAC (paid)', 2026).getAttribute('data-value');
  // The Model view and the File menu are outside the broken chart.
  const text = await editAndDownload(page);
  expect(JSON.parse(text)).toMatchObject({ name: 'CRM baseline 2026-2030', drivers: { trialToPaid: [0.25, 0.2375, 0.275, 0.3125, 0.35] } });
  // Back on the dashboard (the fault is still on) the message holds and the rest follows the edit.
  await toDashboard();
  await alert.waitFor();
  for (const id of others) await dash.plot(id).waitFor();
  expect(await dash.firstYear('CAC (paid)', 2026).getAttribute('data-value')).not.toBe(cacBefore);
  // Only the injected fault reached the console (React's report and the boundary's own line).
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.filter((e) => !/injected fault in the chart|The above error occurred|chart failed/.test(e))).toEqual([]);
});
