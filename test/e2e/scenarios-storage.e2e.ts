// Never lose work: the working scenario is autosaved and restored on reload; full storage is said
// in words with a download offered while the app keeps working; a damaged autosave is set aside.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppPage } from '../pages/app-page';
import { ScenariosPage } from '../pages/scenarios-page';
import { launchBrowser, launchPersistent, trackedPage } from '../support/browser';

type Doc = { name: string; drivers: Record<string, unknown[]> };
/** The baseline with a $10 visitor cost in 2026: 20 new customers in January, CAC $833.33 (by hand). */
function dearVisitors(name = 'Dear visitors'): string {
  const doc = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Doc;
  doc.name = name;
  doc.drivers.visitorAcquisitionCost![0] = 10;
  return JSON.stringify(doc);
}

let browser: Browser;
let profile: BrowserContext;
beforeAll(async () => { browser = await launchBrowser(); profile = await launchPersistent(); });
afterAll(async () => { await browser?.close(); await profile?.close(); });

it('restores the autosaved scenario after a reload, even one right after a change', async () => {
  const { page, errors } = await trackedPage(profile);
  const files = new ScenariosPage(page);
  const app = new AppPage(page);
  await files.open();
  await files.openFile('dear.json', dearVisitors());
  await files.autosaved('Dear visitors');
  await page.reload();
  await files.fileMenuButton.waitFor();
  expect(await files.scenarioName.innerText()).toBe('Dear visitors');
  expect(await app.overviewValue('CAC (paid)', 'month0')).toBe('$833.33');

  // Reloading before the 500 ms debounce: leaving the page saves at once.
  await files.openFile('again.json', dearVisitors('Reloaded at once'));
  await expect.poll(() => files.scenarioName.innerText()).toBe('Reloaded at once');
  await page.reload();
  await files.fileMenuButton.waitFor();
  expect(await files.scenarioName.innerText()).toBe('Reloaded at once');

  // An ?example= link opens the example for a returning user too; the restored work is kept in
  // the library, and the link is taken off the address, so a reload restores (not re-opens).
  await files.open('?example=crm-aggressive');
  expect(await files.scenarioName.innerText()).toBe('CRM aggressive 2026-2030');
  expect(new URL(page.url()).searchParams.get('example')).toBeNull();
  await files.view('Scenarios');
  expect(await files.libraryNames.allInnerTexts()).toContain('Reloaded at once');
  expect(errors).toEqual([]);
  await page.close();
});

it('sets a damaged autosave aside, says so, and opens on the baseline', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open();
  await page.evaluate(() => localStorage.setItem('trajectory:working', '{"v":1,"scenario":{"name":'));
  await page.reload();
  await files.fileMenuButton.waitFor();
  await expect.poll(() => files.notice('set aside, not deleted').count()).toBe(1);
  expect(await files.scenarioName.innerText()).toBe('CRM baseline 2026-2030');
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('trajectory:set-aside:working:')).map((k) => localStorage.getItem(k)));
  expect(aside).toEqual(['{"v":1,"scenario":{"name":']);
  expect(errors).toEqual([]);
});

it('with storage full, says so in words, offers a download and keeps working', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  const app = new AppPage(page);
  await files.open();
  const filled = await page.evaluate(() => {
    // Fill the site's quota: big strings first, then ever smaller ones, until even one character fails.
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      for (;;) {
        try { localStorage.setItem(`filler:${n++}`, 'x'.repeat(size)); } catch (error) {
          if (error instanceof DOMException && error.name === 'QuotaExceededError') break;
          throw error;
        }
      }
    }
    return n;
  });
  expect(filled).toBeGreaterThan(1);
  await files.openFile('dear.json', dearVisitors());
  await expect.poll(() => files.scenarioName.innerText()).toBe('Dear visitors');
  const full = files.notice("storage for this site is full");
  await full.waitFor();
  expect(await full.getAttribute('role')).toBe('alert');
  // The app keeps computing, and the work can be taken away as a file.
  expect(await app.overviewValue('CAC (paid)', 'month0')).toBe('$833.33');
  const [download] = await Promise.all([page.waitForEvent('download'), full.getByRole('button', { name: 'Download a copy' }).click()]);
  expect(download.suggestedFilename()).toBe('dear.json');
  // Saving to the library fails the same way, and the entry stays in this tab's list.
  await files.menu('Save to library');
  await files.view('Scenarios');
  expect(await files.libraryNames.allInnerTexts()).toEqual(['Dear visitorsopen']);
  expect(errors).toEqual([]);
});
