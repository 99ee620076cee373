// Monte Carlo says what matters: Run waits (and says why) until an input has a range, and the
// results give the chance that cash runs out, and in which year, beside the targets' chances.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ModelChecksPage } from '../pages/model-checks-page';
import { SensitivityPage } from '../pages/sensitivity-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('keeps Run disabled, with the reason, until an input has a range', async () => {
  const { page, errors } = await trackedPage(browser);
  const s = new SensitivityPage(page);
  await s.openTab('Monte Carlo');
  const run = page.getByRole('button', { name: 'Run', exact: true });
  expect(await run.isDisabled()).toBe(true);
  // The reason is the button's description, so a screen reader hears it with the button.
  const reason = await run.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  expect(reason).toMatch(/^Give at least one input a range/);
  await page.getByRole('button', { name: 'Add typical ranges' }).click();
  expect(await run.isDisabled()).toBe(false);
  expect(await page.getByTestId('mc-blocked').count()).toBe(0);
  // Removing them all takes Run away again.
  await page.getByRole('button', { name: 'Remove all ranges' }).click();
  expect(await run.isDisabled()).toBe(true);
  expect(errors).toEqual([]);
});

it('gives the chance that cash runs out, by the year it first does', async () => {
  const { page, errors } = await trackedPage(browser);
  const model = new ModelChecksPage(page);
  await model.open();
  // $500K a month of operating expenses from 2027: today's projection runs out in 2027.
  await model.type('Operating expenses', 2027, '500K');
  await model.cashWarning().waitFor();
  expect(await model.cashWarning().innerText()).toContain('2027');
  const s = new SensitivityPage(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sensitivity' }).click();
  await page.getByRole('tab', { name: 'Monte Carlo' }).click();
  await page.getByRole('button', { name: 'Add typical ranges' }).click();
  await s.runMonteCarlo(400, 5);
  await s.summary(5);
  const table = page.getByTestId('mc-cash-out');
  expect(await table.locator('caption').innerText()).toBe('Chance that cash runs out');
  const shares = await table.locator('tbody td').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
  const [any, ...byYear] = shares;
  expect(byYear).toHaveLength(5);
  // The shares by year add up to the chance in any year. 2026 burns about $670K of the $2M start,
  // more than the typical ranges (a few tens of percent) can turn into $2M: no run runs out then.
  // Most runs run out, as today's projection does.
  expect(byYear.reduce((a, b) => a + b, 0)).toBeCloseTo(any!, 9);
  expect(byYear[0]).toBe(0);
  expect(any!).toBeGreaterThan(0.5);
  expect(await table.locator('tbody td').first().innerText()).toMatch(/^\d+%$/);
  expect(errors).toEqual([]);
});
