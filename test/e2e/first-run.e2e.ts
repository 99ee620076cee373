// Links and first run: a first visit says in two lines what the app is and what to do first, and
// once dismissed it stays away; ?example= opens the example for a returning user too, with the
// work they had kept in the library.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ScenariosPage } from '../pages/scenarios-page';
import { launchPersistent, trackedPage } from '../support/browser';

let profile: BrowserContext;
beforeAll(async () => { profile = await launchPersistent(); });
afterAll(async () => { await profile?.close(); });

it('explains the app on a first visit, in two lines, until it is dismissed, also after a reload', async () => {
  const { page, errors } = await trackedPage(profile);
  const files = new ScenariosPage(page);
  await files.open();
  const intro = page.getByRole('region', { name: 'Welcome' });
  await intro.waitFor();
  const text = await intro.locator('p').innerText();
  expect(text.split('\n').filter((l) => l.trim() !== '')).toHaveLength(2);
  expect(text).toMatch(/projects a SaaS business month by month/);
  expect(text).toMatch(/Start by typing over a figure in the grid/);
  // Two lines on screen too, at 1280 wide: the paragraph is two line-heights tall.
  const { height, line } = await intro.locator('p').evaluate((p) => ({ height: p.getBoundingClientRect().height, line: parseFloat(getComputedStyle(p).lineHeight) }));
  expect(Math.round(height / line)).toBe(2);
  // Still there after a reload until it is dismissed; then gone, and gone after a reload.
  await page.reload();
  await intro.waitFor();
  await intro.getByRole('button', { name: 'Got it' }).click();
  expect(await intro.count()).toBe(0);
  await page.reload();
  await files.fileMenuButton.waitFor();
  expect(await intro.count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

it('opens ?example=crm-aggressive for a returning user, keeping their unsaved work in the library', async () => {
  const { page, errors } = await trackedPage(profile);
  const files = new ScenariosPage(page);
  await files.open();
  // Returning with work in progress: the baseline with a changed budget, autosaved, not saved.
  await page.getByRole('gridcell', { name: /^Marketing budget\b.* 2026$/ }).click();
  await page.keyboard.type('250K');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (localStorage.getItem('trajectory:working') ?? '').includes('250000'));
  await files.open('?example=crm-aggressive');
  expect(await files.scenarioName.innerText()).toBe('CRM aggressive 2026-2030');
  await expect.poll(() => files.notice('kept in the library').count()).toBe(1);
  await files.view('Scenarios');
  expect(await files.libraryNames.allInnerTexts()).toContain('CRM baseline 2026-2030 (unsaved changes)');
  // The link has done its work: a reload restores the example the user is now on, no second copy.
  await page.reload();
  await files.fileMenuButton.waitFor();
  expect(await files.scenarioName.innerText()).toBe('CRM aggressive 2026-2030');
  await files.view('Scenarios');
  expect((await files.libraryNames.allInnerTexts()).filter((n) => n.startsWith('CRM baseline'))).toHaveLength(1);
  expect(errors).toEqual([]);
  await page.close();
});
