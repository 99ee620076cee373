// The theme a planner picks (a projector wants high contrast) is remembered across reloads.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ScenariosPage } from '../pages/scenarios-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('remembers the theme across a reload', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open();
  const picker = page.getByRole('combobox', { name: 'Theme' });
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  expect(await theme()).toBe('light');
  await picker.selectOption('contrast');
  await expect.poll(theme).toBe('contrast');
  await page.reload();
  await files.fileMenuButton.waitFor();
  expect(await picker.inputValue()).toBe('contrast');
  expect(await theme()).toBe('contrast');
  expect(errors).toEqual([]);
});
