// The library: save a named copy, see when it changed, rename, duplicate, delete with Undo, and
// open another scenario without losing unsaved changes.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ScenariosPage } from '../pages/scenarios-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('saves, renames, duplicates, deletes with undo, and keeps entries across a reload', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open();
  await files.view('Scenarios');
  await page.getByText('No saved scenarios yet').waitFor();
  await page.getByRole('button', { name: 'Save to library' }).click();
  await expect.poll(() => files.libraryNames.allInnerTexts()).toEqual(['CRM baseline 2026-2030open']);
  const when = await files.libraryRow('CRM baseline 2026-2030').locator('time').getAttribute('datetime');
  expect(Math.abs(Date.parse(when!) - Date.now())).toBeLessThan(60_000);

  await page.getByRole('button', { name: 'Rename CRM baseline 2026-2030', exact: true }).click();
  await page.getByLabel('New name for CRM baseline 2026-2030').fill('Board plan');
  await page.keyboard.press('Enter');
  await expect.poll(() => files.libraryNames.allInnerTexts()).toEqual(['Board planopen']);
  // The open scenario had no changes of its own, so it follows the rename.
  expect(await files.scenarioName.innerText()).toBe('Board plan');

  await page.getByRole('button', { name: 'Duplicate Board plan', exact: true }).click();
  await expect.poll(() => files.libraryNames.allInnerTexts()).toEqual(['Board plan (copy)', 'Board planopen']);
  await page.getByRole('button', { name: 'Delete Board plan (copy)', exact: true }).click();
  await expect.poll(() => files.libraryNames.allInnerTexts()).toEqual(['Board planopen']);
  await files.notice('Deleted "Board plan (copy)"').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => files.libraryNames.allInnerTexts()).toEqual(['Board plan (copy)', 'Board planopen']);

  await page.reload();
  await files.fileMenuButton.waitFor();
  await files.view('Scenarios');
  expect(await files.libraryNames.allInnerTexts()).toEqual(['Board plan (copy)', 'Board planopen']);
  expect(errors).toEqual([]);
});

it('opening another scenario keeps unsaved changes as a library entry', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open();
  // An edit in the grid: marketing budget 2026 from $200,000 to $250,000.
  await page.getByRole('gridcell', { name: 'Marketing budget 2026' }).dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('250000');
  await page.keyboard.press('Enter');
  await page.locator('.save-state').waitFor();
  await files.view('Scenarios');
  await page.getByRole('button', { name: 'Open CRM aggressive 2026-2030', exact: true }).click();
  await expect.poll(() => files.scenarioName.innerText()).toBe('CRM aggressive 2026-2030');
  await files.notice('are kept in the library').waitFor();
  expect(await files.libraryNames.allInnerTexts()).toEqual(['CRM baseline 2026-2030 (unsaved changes)']);
  // The kept entry holds the edit.
  await page.getByRole('button', { name: 'Compare with CRM baseline 2026-2030 (unsaved changes)', exact: true }).click();
  const row = page.locator('.changes-table tr[data-place="Marketing budget, 2026"]');
  // Compare reads as the other scenario's difference from the open one: the kept entry is the new side.
  expect(await row.locator('.new-cell').innerText()).toBe('$250,000');
  expect(errors).toEqual([]);
});
