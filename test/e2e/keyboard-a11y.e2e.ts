// A planner who works from the keyboard, or with a screen reader, can reach and name every control:
// in each view every control has an accessible name, and each of the first stops of the Tab key
// shows where the keyboard is.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppPage } from '../pages/app-page';
import { launchBrowser, trackedPage } from '../support/browser';
import { stopsWithoutFocusRing, unnamedControls } from '../support/focus-audit';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const view = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();

const VIEWS: Record<string, { query?: string; reach: (page: Page) => Promise<void> }> = {
  Model: { reach: async () => {} },
  Dashboard: { reach: async (page) => { await view(page, 'Dashboard'); await page.getByRole('button', { name: 'What if…' }).click(); await page.locator('.kpi-grid').waitFor(); } },
  Actuals: { query: '?example=crm-actuals-2026', reach: async (page) => { await view(page, 'Actuals'); await page.getByRole('tab', { name: 'Enter and import' }).waitFor(); } },
  Scenarios: { reach: async (page) => { await view(page, 'Scenarios'); await page.getByRole('heading', { name: 'Your library' }).waitFor(); } },
  Compare: {
    reach: async (page) => {
      await view(page, 'Compare');
      await page.getByLabel('Compare with a scenario file').setInputFiles('scenarios/crm-aggressive.json');
      await page.getByRole('heading', { name: 'Annual figures' }).waitFor();
    },
  },
  Sensitivity: { reach: async (page) => { await view(page, 'Sensitivity'); await page.locator('.tornado-bar').first().waitFor(); } },
  Guide: { reach: async (page) => { await view(page, 'Guide'); await page.getByRole('heading', { name: 'The key figures' }).waitFor(); } },
  Slides: {
    reach: async (page) => {
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await page.getByRole('button', { name: 'What if…' }).click();
      await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    },
  },
};

for (const [name, { query, reach }] of Object.entries(VIEWS)) {
  it(`${name}: every control has a name, and the first 60 Tab stops show the focus`, async () => {
    const { page, errors } = await trackedPage(browser);
    await new AppPage(page).open(query ?? '');
    await reach(page);
    expect(await unnamedControls(page)).toEqual([]);
    expect(await stopsWithoutFocusRing(page, 60)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

it('the audit finds an unnamed control and a stop with no focus ring (the checks themselves)', async () => {
  const { page, errors } = await trackedPage(browser);
  await new AppPage(page).open();
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'planted';
    input.style.outline = 'none';
    document.body.prepend(input);
  });
  expect((await unnamedControls(page)).filter((h) => h.includes('planted'))).toHaveLength(1);
  expect((await stopsWithoutFocusRing(page, 1)).filter((h) => h.includes('planted'))).toHaveLength(1);
  expect(errors).toEqual([]);
});
