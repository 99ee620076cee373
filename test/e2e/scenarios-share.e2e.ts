// Share links: the scenario in the fragment reproduces the projection in a fresh browser, lands in
// the library, and a cut or changed link is refused in words with the open scenario untouched.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppPage } from '../pages/app-page';
import { ScenariosPage } from '../pages/scenarios-page';
import { baseUrl, launchBrowser, trackedPage } from '../support/browser';

type Doc = { name: string; drivers: Record<string, unknown[]> };

/** The baseline with a $10 visitor cost in 2026: 1,666.67 visitors x 6 % x 20 % = 20 new customers, CAC $833.33. */
function dearVisitors(): string {
  const doc = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as Doc;
  doc.name = 'Dear visitors';
  doc.drivers.visitorAcquisitionCost![0] = 10;
  return JSON.stringify(doc);
}

const FIGURES = ['Blended ARPU', 'CAC (paid)', 'CAC payback', 'Gross margin'];
const PERIODS = ['month0', 'first-year', 'last-year'] as const;
async function figures(app: AppPage): Promise<string[]> {
  const out: string[] = [];
  for (const f of FIGURES) for (const p of PERIODS) out.push(await app.overviewValue(f, p));
  return out;
}

let browser: Browser;
let link = '';
let shared: string[] = [];
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('a share link opened in a fresh browser shows the same projection and joins the library', async () => {
  const sender = await trackedPage(browser);
  const files = new ScenariosPage(sender.page);
  await files.open();
  await files.openFile('dear.json', dearVisitors());
  await expect.poll(() => files.scenarioName.innerText()).toBe('Dear visitors');
  shared = await figures(new AppPage(sender.page));
  expect(shared[3]).toBe('$833.33'); // CAC, month 0, by hand
  link = await files.shareLink();
  expect(link.startsWith(`${baseUrl()}#s1.`)).toBe(true);
  expect(link.length).toBeLessThan(2000);
  expect(sender.errors).toEqual([]);

  const receiver = await trackedPage(browser);
  const other = new ScenariosPage(receiver.page);
  await other.open(link.slice(baseUrl().length));
  await expect.poll(() => other.scenarioName.innerText()).toBe('Dear visitors');
  expect(await figures(new AppPage(receiver.page))).toEqual(shared);
  await expect.poll(() => other.notice('It is now in your library').count()).toBe(1);
  // The fragment is consumed: a reload does not add a second copy.
  expect(new URL(receiver.page.url()).hash).toBe('');
  await other.view('Scenarios');
  expect(await other.libraryNames.allInnerTexts()).toEqual(['Dear visitorsopen']);
  expect(receiver.errors).toEqual([]);
});

it('the same link opened twice keeps one library entry and opens it', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  const fragment = link.slice(baseUrl().length);
  await files.open(fragment);
  await expect.poll(() => files.notice('It is now in your library').count()).toBe(1);
  // Opened again, as from the same mail: pasted into the address bar of the open tab.
  await files.view('Model');
  await page.evaluate((hash) => { location.hash = hash; }, fragment);
  await files.notice('It was already in your library as "Dear visitors"').waitFor();
  await files.view('Scenarios');
  expect(await files.libraryNames.allInnerTexts()).toEqual(['Dear visitorsopen']);
  expect(errors).toEqual([]);
});

it('a cut link is refused in words and the open scenario stays', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  const app = new AppPage(page);
  await files.open('?example=crm-aggressive');
  const before = await figures(app);
  const cut = link.slice(baseUrl().length, -7);
  // Pasting a link into the address bar of an open tab changes only the fragment.
  await page.evaluate((hash) => { location.hash = hash; }, cut);
  await expect.poll(() => files.notice('incomplete or has been changed').count()).toBe(1);
  expect(await files.scenarioName.innerText()).toBe('CRM aggressive 2026-2030');
  expect(await figures(app)).toEqual(before);
  expect(errors).toEqual([]);
});

it('a changed link opened in a fresh browser is refused and the app opens on the baseline', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  const hash = link.slice(baseUrl().length);
  const at = hash.length - 20;
  const tampered = hash.slice(0, at) + (hash[at] === 'A' ? 'B' : 'A') + hash.slice(at + 1);
  await files.open(tampered);
  await expect.poll(() => files.notice('checksum does not match').count()).toBe(1);
  expect(await files.scenarioName.innerText()).toBe('CRM baseline 2026-2030');
  expect(await new AppPage(page).overviewValue('CAC (paid)', 'month0')).toBe('$666.67');
  expect(errors).toEqual([]);
});

it('warns above 2,000 characters and offers the file instead', async () => {
  const { page, errors } = await trackedPage(browser);
  const files = new ScenariosPage(page);
  await files.open();
  const doc = JSON.parse(dearVisitors()) as Doc & { description: string };
  // Text that lz-string cannot shrink much: 3,000 characters of varied digits.
  doc.description = Array.from({ length: 600 }, (_, i) => String((i * 7919) % 100003)).join(' ');
  await files.openFile('long.json', JSON.stringify(doc));
  await expect.poll(() => files.scenarioName.innerText()).toBe('Dear visitors');
  await files.menu('Share link…');
  await expect.poll(() => files.dialog.getByRole('alert').innerText()).toMatch(/longer than 2,000 characters/);
  const [download] = await Promise.all([page.waitForEvent('download'), files.dialog.getByRole('button', { name: 'Download the file instead' }).click()]);
  expect(download.suggestedFilename()).toBe('long.json');
  expect(errors).toEqual([]);
});
