import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppPage } from '../pages/app-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('loads the baseline and shows MODEL.md worked check: month-0 ARPU $78.00, CAC $666.67', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new AppPage(page);
  await app.open();
  // MODEL.md: mrr 1,950 / 25 customers = $78.00; $16,666.67 / 25 = $666.67; payback 9.29 months.
  expect(await app.overviewValue('Blended ARPU', 'month0')).toBe('$78.00');
  expect(await app.overviewValue('CAC (paid)', 'month0')).toBe('$666.67');
  expect(await app.overviewValue('CAC payback', 'month0')).toBe('9.3 mo');
  expect(await app.overviewValue('Gross margin', 'month0')).toBe('92.0%');
  // Year 2026: 300 new customers for $200,000 of marketing.
  expect(await app.overviewValue('CAC (paid)', 'first-year')).toBe('$666.67');
  expect(errors).toEqual([]);
});
