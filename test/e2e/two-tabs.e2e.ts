// Two tabs editing at once (issue 9): the tabs share local storage; a later autosave must not
// silently destroy the other tab's work. The tab that would overwrite is told at once (storage
// event), keeps its own version in the library, and chooses: open the other's or keep its own.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GridPage } from '../pages/grid-page';
import { launchBrowser, nextFrame, trackedPage } from '../support/browser';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => { browser = await launchBrowser(); context = await browser.newContext({ viewport: { width: 1280, height: 800 } }); });
afterAll(async () => { await context?.close(); await browser?.close(); });

type Stored = { scenario: { name: string; drivers: Record<string, number[]> } };
/** The working record's rates and every library entry's, from local storage. */
const storedRates = (grid: GridPage) => grid.page.evaluate(() => {
  const rates = (text: string | null) => {
    const s = (JSON.parse(text ?? 'null') as Stored | null)?.scenario;
    return s ? { name: s.name, visitorToTrial: s.drivers.visitorToTrial![0], trialToPaid: s.drivers.trialToPaid![0] } : null;
  };
  const library = Object.keys(localStorage).filter((k) => k.startsWith('trajectory:library:')).map((k) => rates(localStorage.getItem(k))!);
  return { working: rates(localStorage.getItem('trajectory:working')), library };
});

it('the later save keeps both versions, says so in both tabs, and lets each choose', async () => {
  const a = await trackedPage(context);
  const b = await trackedPage(context);
  const tabA = new GridPage(a.page);
  const tabB = new GridPage(b.page);
  await tabA.open();
  await tabB.open();
  const conflictA = a.page.getByTestId('tab-conflict');
  const conflictB = b.page.getByTestId('tab-conflict');

  // A edits and saves; B hears of it at once, before it edits anything.
  await tabA.enter('Trial-to-paid 2026', '25');
  await a.page.waitForFunction(() => (localStorage.getItem('trajectory:working') ?? '').includes('"trialToPaid":[0.25,'));
  await conflictB.waitFor();
  expect(await conflictB.getAttribute('role')).toBe('alert');
  expect(await conflictB.innerText()).toMatch(/also changed in another tab/);

  // B edits: its save does not overwrite A's record; B's work goes to the library instead.
  await tabB.enter('Visitor-to-trial 2026', '7');
  await expect.poll(async () => (await storedRates(tabB)).library.length).toBe(1);
  let stored = await storedRates(tabB);
  expect(stored.working).toMatchObject({ visitorToTrial: 0.06, trialToPaid: 0.25 });
  expect(stored.library[0]).toMatchObject({ visitorToTrial: 0.07, trialToPaid: 0.2 });
  expect(stored.library[0]!.name).toMatch(/^CRM baseline 2026-2030 \(this tab, .+\)$/);
  expect(await conflictB.innerText()).toMatch(/this tab’s version is kept in the library meanwhile/);
  expect(await conflictA.count()).toBe(0);

  // B keeps its own: A's version goes to the library, B's becomes the session, and A is told.
  await conflictB.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(async () => (await storedRates(tabB)).working).toMatchObject({ visitorToTrial: 0.07, trialToPaid: 0.2 });
  stored = await storedRates(tabB);
  expect(stored.library).toHaveLength(2);
  expect(stored.library).toContainEqual(expect.objectContaining({ visitorToTrial: 0.06, trialToPaid: 0.25 }));
  expect(await conflictB.count()).toBe(0);
  await conflictA.waitFor();

  // A opens B's version: A's own is kept in the library first.
  await conflictA.getByRole('button', { name: 'Open the other tab’s version' }).click();
  expect(await tabA.shown('Visitor-to-trial 2026')).toBe('7.0%');
  expect(await tabA.shown('Trial-to-paid 2026')).toBe('20.0%');
  await expect.poll(async () => (await storedRates(tabA)).library.length).toBe(3);
  stored = await storedRates(tabA);
  expect(stored.working).toMatchObject({ visitorToTrial: 0.07, trialToPaid: 0.2 });
  expect(stored.library.filter((e) => e.trialToPaid === 0.25)).toHaveLength(2); // A's, kept once by each tab

  // Resolved: the tabs go on saving without a new warning.
  await tabB.enter('Visitor-to-trial 2027', '8');
  await expect.poll(async () => JSON.stringify((await storedRates(tabB)).working)).toContain('0.07');
  // A conflict would have been found by that save itself (it then keeps B's work in the library
  // instead of writing the session): once React has drawn, there is none.
  await nextFrame(b.page);
  expect(await conflictB.count()).toBe(0);
  expect([...a.errors, ...b.errors]).toEqual([]);
});
