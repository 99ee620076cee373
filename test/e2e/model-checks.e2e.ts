// The Model view answers "did my edit break something?" without leaving it: the cash warning and
// the plausibility warnings (a value far outside a SaaS plan is kept, marked and can be accepted).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ModelChecksPage } from '../pages/model-checks-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

it('shows that cash runs out, in words and in view, right after the 2027 operating expenses go to 500K', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new ModelChecksPage(page);
  await app.open();
  // The baseline's cash stays above zero: no warning, a quiet line in its place.
  expect(await app.cashWarning().count()).toBe(0);
  expect(await page.getByTestId('cash-holds').innerText()).toMatch(/^✓?\s*Cash does not run out through Dec 2030: lowest \$[\d,]+ in [A-Z][a-z]{2} 20\d\d$/);
  await app.type('Operating expenses', 2027, '500K');
  // $500,000 a month from January 2027 burns what is left of the $2M start within a few months:
  // the engine's own cash series says when, and the banner names that month and the lowest point.
  const warning = app.cashWarning();
  await warning.waitFor();
  expect(await warning.getAttribute('role')).toBe('alert');
  expect(await warning.innerText()).toMatch(/^!?\s*Cash runs out in [A-Z][a-z]{2} 2027: lowest -\$[\d,]+ in [A-Z][a-z]{2} 20\d\d$/);
  // The edited cell is at the bottom of the sheet; the warning is on screen beside it all the same.
  expect(await app.inView(app.cellOf('Operating expenses', 2027))).toBe(true);
  expect(await app.inView(warning)).toBe(true);
  expect(await page.getByTestId('cash-holds').count()).toBe(0);
  // Undo: cash stays positive again, and the warning goes.
  await page.keyboard.press('Control+z');
  await warning.waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});

it('keeps the grid where it is when an edit runs the cash out: the warning takes the quiet line\'s place', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new ModelChecksPage(page);
  await app.open();
  const gridTop = () => app.grid().evaluate((g) => g.getBoundingClientRect().top + window.scrollY);
  const before = await gridTop();
  await page.getByTestId('cash-holds').waitFor();
  // $150,000 a month from 2027 (2.5 times the $60,000 planned, so no plausibility warning joins
  // in): $90,000 a month more for four years is far more than the baseline's
  // lowest cash of about $111,000 in Feb 2029, so the cash runs out.
  await app.type('Operating expenses', 2027, '150K');
  await app.cashWarning().waitFor();
  expect(await app.warnings().count()).toBe(0);
  expect(await gridTop()).toBe(before);
  await page.keyboard.press('Control+z');
  await page.getByTestId('cash-holds').waitFor();
  expect(await gridTop()).toBe(before);
  expect(errors).toEqual([]);
});

it('keeps the grid where it is when a value is out of range or wrong: the head line counts them and leads to their lists below the grid', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new ModelChecksPage(page);
  await app.open();
  const gridTop = () => app.grid().evaluate((g) => g.getBoundingClientRect().top + window.scrollY);
  const before = await gridTop();
  const status = page.getByTestId('checks-status');
  // What a screen reader is told as the counts change.
  const announced = page.locator('.assumptions-head [role="status"]');
  expect(await status.count()).toBe(0);
  expect(await announced.textContent()).toBe('');
  // $5,000 a visitor is above the $1,000 that a visitor is ever worth paying: one value to check
  // (fewer customers, so no figure of the projection is out of range too).
  await app.type('Visitor acquisition cost', 2026, '5000');
  await app.warnings().waitFor();
  expect(await status.innerText()).toMatch(/^1 value to check ↓\s*listed below the grid$/);
  expect(await announced.textContent()).toBe('1 value to check');
  expect(await gridTop()).toBe(before);
  // A formula that does not parse: a problem, counted before the values to check.
  await app.type('Trial-to-paid', 2028, '=foo(');
  await page.locator('.grid-problems').waitFor();
  expect(await status.innerText()).toMatch(/^1 problem to fix ↓\s*1 value to check ↓\s*listed below the grid$/);
  expect(await announced.textContent()).toBe('1 problem to fix, 1 value to check');
  expect(await gridTop()).toBe(before);
  // Both lists are below the grid, and each count's button puts the keyboard on its list.
  const gridBottom = await app.grid().evaluate((g) => g.getBoundingClientRect().bottom);
  for (const list of [page.locator('.grid-problems'), app.warnings()]) expect(await list.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(gridBottom);
  await status.getByRole('button', { name: /1 problem to fix/ }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('grid-problems-title');
  expect(await app.inView(page.locator('.grid-problems'))).toBe(true);
  await status.getByRole('button', { name: /1 value to check/ }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('grid-warnings-title');
  expect(await app.inView(app.warnings())).toBe(true);
  expect(errors).toEqual([]);
});

it('warns about a 1e15 marketing budget on the cell and in the list, keeps the value, and accepts it in one click', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new ModelChecksPage(page);
  await app.open();
  expect(await app.warnings().count()).toBe(0);
  await app.type('Marketing budget', 2026, '1e15');
  const cell = app.cellOf('Marketing budget', 2026);
  await app.warnings().waitFor();
  // A warning, not an error: the cell is marked as one to check, the value stays, nothing is stale.
  expect(await cell.getAttribute('class')).toContain('has-warning');
  expect(await cell.getAttribute('aria-invalid')).toBeNull();
  expect(await cell.locator('.cell-value').innerText()).not.toBe('error');
  expect(await app.described(cell)).toMatch(/^Check this value: \$1,000,000,000,000,000 a year is more than \$5 billion/);
  expect(await app.warnings().innerText()).toContain('Marketing budget, 2026');
  expect(await page.locator('.grid-problems').count()).toBe(0);
  // The dashboard's figures follow the kept value (and say the projection is too large to be real).
  expect(await app.warnings().innerText()).toContain('more than a billion customers');
  // Accepting the budget's warning clears its mark; the value is still 1e15.
  await app.warnings().getByRole('button', { name: 'Accept Marketing budget, 2026 as it is' }).click();
  await page.waitForFunction(() => !document.querySelector('.assumptions-grid td.has-warning'));
  expect(await app.warnings().innerText()).not.toContain('Marketing budget, 2026');
  await cell.click();
  await page.keyboard.press('F2');
  expect(Number(await page.locator('.cell-editor').inputValue())).toBe(1e15);
  expect(errors).toEqual([]);
});

it('says at the top of the dashboard that cash runs out, and the targets summary counts it', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new ModelChecksPage(page);
  // The conservative example runs out of cash in month 32 = Sep 2028 (the engine's summary, as the
  // dashboard test checks); its lowest point comes later.
  await app.open('?example=crm-conservative');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Dashboard', exact: true }).click();
  const banner = app.cashWarning();
  await banner.waitFor();
  expect(await banner.innerText()).toMatch(/Cash runs out in Sep 2028: lowest -\$[\d,]+ in [A-Z][a-z]{2} 20\d\d$/);
  // It comes before the KPI cards: the first thing below the dashboard's heading.
  const [bannerTop, cardsTop] = await Promise.all([banner, page.locator('.kpi-grid')].map((l) => l.evaluate((el) => el.getBoundingClientRect().top)));
  expect(bannerTop!).toBeLessThan(cardsTop!);
  expect(await page.getByRole('region', { name: 'Targets', exact: true }).locator('.section-sub').innerText()).toMatch(/^\d+ of \d+ met, cash runs out$/);
  expect(errors).toEqual([]);
});
