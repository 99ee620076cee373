// Updates never lose work (issue 21): when a new version is deployed, the app says so and waits
// for the user; Reload saves the working scenario, switches to the new version, and reopens the
// same (edited) scenario.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GridPage } from '../pages/grid-page';
import { APP_FOLDER, copyOfBuild, nextDeploy } from '../support/app-copies';
import { launchBrowser, trackedPage } from '../support/browser';
import { serveFolder } from '../support/static-server';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('says a new version is ready, never reloads by itself, and keeps the edited scenario across Reload', async () => {
  const server = await serveFolder(copyOfBuild());
  const next = nextDeploy();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  const { page, errors } = await trackedPage(context);
  const grid = new GridPage(page);
  await page.goto(server.url + APP_FOLDER);
  await grid.grid().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const build = () => page.locator('meta[name="trajectory-build"]').count();
  expect(await build()).toBe(0);

  // The next version is deployed at the same address; the app asks for it (as it does hourly
  // and the browser does on each load).
  server.serve(next);
  await page.evaluate(() => { (window as unknown as { samePage: boolean }).samePage = true; });
  await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Trajectory is ready' });
  await prompt.waitFor();

  // The user goes on editing: the page is the same one, nothing reloaded under their hands.
  // $10 a visitor instead of $8: 20 new customers in January, cac 16,666.67 / 20 = $833.33 (MODEL.md funnel by hand).
  await grid.enter('Visitor acquisition cost 2026', '10');
  await expect.poll(() => grid.overviewValue('CAC (paid)', 'month0')).toBe('$833.33');
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  expect(await build()).toBe(0);

  // Reload at once, inside the autosave's 500 ms wait: the edit is saved before the page goes.
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => document.querySelector('meta[name="trajectory-build"]') !== null);
  await grid.grid().waitFor();
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBeUndefined();
  expect(await grid.shown('Visitor acquisition cost 2026')).toBe('$10.00');
  expect(await grid.overviewValue('CAC (paid)', 'month0')).toBe('$833.33');
  // The new version is the one in control now: no prompt is left.
  expect(await page.getByText('A new version of Trajectory is ready').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
  await server.close();
});

it('a tab left open is not reloaded when another tab switches to the new version: it offers Reload', async () => {
  const server = await serveFolder(copyOfBuild());
  const next = nextDeploy();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  const a = await trackedPage(context);
  const b = await trackedPage(context);
  for (const { page } of [a, b]) {
    await page.goto(server.url + APP_FOLDER);
    await new GridPage(page).grid().waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.evaluate(() => { (window as unknown as { samePage: boolean }).samePage = true; });
  }
  server.serve(next);
  await a.page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
  const promptA = a.page.getByRole('status').filter({ hasText: 'A new version of Trajectory is ready' });
  await promptA.waitFor();

  // Tab B is in the middle of typing a number, not yet committed.
  const gridB = new GridPage(b.page);
  await gridB.cell('Visitor acquisition cost 2026').click();
  await b.page.keyboard.type('12');
  expect(await gridB.editor('Visitor acquisition cost 2026').inputValue()).toBe('12');

  await promptA.getByRole('button', { name: 'Reload' }).click();
  await a.page.waitForFunction(() => document.querySelector('meta[name="trajectory-build"]') !== null);

  // B hears that the new version took over, and says so instead of reloading.
  const notice = b.page.getByRole('status').filter({ hasText: 'Trajectory was updated in another tab' });
  await notice.waitFor();
  expect(await b.page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  expect(await gridB.editor('Visitor acquisition cost 2026').inputValue()).toBe('12');
  await b.page.keyboard.press('Enter');
  await expect.poll(() => gridB.shown('Visitor acquisition cost 2026')).toBe('$12.00');

  // Reload when the user chooses: the new version, with the edit kept.
  await notice.getByRole('button', { name: 'Reload' }).click();
  await b.page.waitForFunction(() => document.querySelector('meta[name="trajectory-build"]') !== null);
  await gridB.grid().waitFor();
  expect(await gridB.shown('Visitor acquisition cost 2026')).toBe('$12.00');
  expect([...a.errors, ...b.errors]).toEqual([]);
  await context.close();
  await server.close();
});
