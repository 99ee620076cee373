import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DashboardPage } from '../pages/dashboard-page';
import { PresentPage } from '../pages/present-page';
import { launchBrowser, trackedPage } from '../support/browser';

// Issue 18 in a real browser: a funding round moves the runway and the cash chart and undoes in one
// step; bad rounds are refused in words beside the field and change nothing. The conservative
// example runs out of cash in Sep 2028 (month 32, lowest -$790,750 in Apr 2030), so a $1.5M
// bridge in Jan 2028 keeps the cash above zero throughout.

const SHOTS = 'test-results/funding';
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const runwayNote = (page: Page) => page.getByRole('region', { name: 'Runway', exact: true }).locator('.kpi-note');
const runway2028 = (page: Page) => page.locator('tr[data-figure="runwayMonths"] td[data-year="2028"]');
const funding = (page: Page) => page.getByRole('group', { name: 'Funding' });

async function addRound(page: Page, month: string, amount: string, name = '') {
  await page.getByLabel('New round month').fill(month);
  await page.getByLabel(/^New round amount/).fill(amount);
  await page.getByLabel('New round name').fill(name);
  await page.getByRole('button', { name: 'Add round' }).click();
}

it('a round moves the runway and the cash chart, and one undo takes it back', async () => {
  const { page, errors } = await trackedPage(browser);
  const dash = new DashboardPage(page);
  await dash.open('?example=crm-conservative');
  expect(await runwayNote(page).innerText()).toBe('Cash runs out in Sep 2028');
  const before2028 = await runway2028(page).innerText();
  await expect.poll(() => dash.cashWarning().count()).toBe(1);
  expect(await dash.chart('chart-cash').getByTestId('funding-round-mark').count()).toBe(0);

  await dash.view('Model');
  await addRound(page, '2028-01', '1.5M', 'Bridge');
  await expect.poll(() => funding(page).locator('.funding-rounds li').count()).toBe(1);
  expect(await funding(page).getByRole('group', { name: 'Bridge' }).getByLabel('Amount (USD)').inputValue()).toBe('1,500,000');
  await funding(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/model-funding-1280.png`, fullPage: false });

  await dash.view('Dashboard');
  // Cash stays above zero (-790,750 + 1,500,000 > 0), and December 2030 is profitable (break-even in May 2030).
  await expect.poll(() => runwayNote(page).innerText()).toBe('Not burning in Dec 2030');
  expect(await runway2028(page).innerText()).not.toBe(before2028);
  expect(await dash.cashWarning().count()).toBe(0);
  const mark = dash.chart('chart-cash').getByTestId('funding-round-mark');
  expect(await mark.getAttribute('data-month')).toBe('24');
  expect(await dash.chart('chart-cash').getByTestId('cash-out-without-funding').getAttribute('data-month')).toBe('32');
  await dash.chart('chart-cash').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/dashboard-cash-1280.png` });

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  // The dashboard draws from a deferred evaluation: it follows the undo a frame or two later.
  await expect.poll(() => runwayNote(page).innerText()).toBe('Cash runs out in Sep 2028');
  await expect.poll(() => runway2028(page).innerText()).toBe(before2028);
  await expect.poll(() => dash.chart('chart-cash').getByTestId('funding-round-mark').count()).toBe(0);
  await expect.poll(() => dash.cashWarning().count()).toBe(1);
  expect(errors).toEqual([]);
});

it('refuses a month outside the projection and an amount of 0 beside the field, changing nothing', async () => {
  const { page, errors } = await trackedPage(browser);
  const dash = new DashboardPage(page);
  await dash.open('?example=crm-conservative');
  await dash.view('Model');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  expect(await undo.isDisabled()).toBe(true);

  await addRound(page, '2031-01', '1M');
  expect(await page.getByRole('alert').filter({ hasText: 'New round month' }).innerText()).toBe('New round month: 2031-01 is outside the projection 2026-01..2030-12');
  expect(await page.getByLabel('New round month').getAttribute('aria-invalid')).toBe('true');
  await addRound(page, '2027-01', '0');
  expect(await page.getByRole('alert').filter({ hasText: 'amount' }).innerText()).toMatch(/^New round amount \(USD\): must be more than 0/);
  expect(await funding(page).locator('.funding-rounds li').count()).toBe(0);
  expect(await undo.isDisabled()).toBe(true);

  // A good round, then a bad edit of it: refused beside the field, the round keeps its month.
  await addRound(page, '2028-01', '1.5M', 'Bridge');
  const month = funding(page).getByRole('group', { name: 'Bridge' }).getByLabel('Month');
  await month.fill('2025-12');
  await month.press('Enter');
  expect(await funding(page).getByText('2025-12 is outside the projection 2026-01..2030-12').count()).toBe(1);
  await addRound(page, '2031-01', '0');
  await funding(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/model-refused-1280.png` });
  await month.press('Escape');
  expect(await month.inputValue()).toBe('2028-01');
  expect(await funding(page).locator('.funding-rounds li').count()).toBe(1);
  await dash.view('Dashboard');
  expect(await dash.chart('chart-cash').getByTestId('funding-round-mark').getAttribute('data-month')).toBe('24');
  expect(errors).toEqual([]);
});

it('looks right at 1920x1080 (screenshots)', async () => {
  const { page, errors } = await trackedPage(browser, { width: 1920, height: 1080 });
  const dash = new DashboardPage(page);
  await dash.open('?example=crm-conservative');
  await dash.view('Model');
  await addRound(page, '2027-06', '500K', 'Seed extension');
  await addRound(page, '2028-01', '1.5M', 'Bridge');
  await funding(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/model-funding-1920.png` });
  await dash.view('Dashboard');
  await page.getByRole('region', { name: 'Runway', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/dashboard-cards-1920.png` });
  await dash.chart('chart-cash').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/dashboard-cash-1920.png` });
  expect(await dash.chart('chart-cash').getByTestId('funding-round-mark').count()).toBe(2);

  // The "Cash and runway" slide: cash never runs out with the rounds, Sep 2028 without them; $2.0M raised.
  const present = new PresentPage(page);
  await present.start();
  await page.keyboard.press('End');
  await expect.poll(() => present.title().innerText()).toBe('Cash and runway');
  expect(await present.figureValue('financing')).toBe(2e6);
  expect(await present.overlay().locator('.big-figure[data-figure="cashOutMonth"] .big-sub').innerText()).toBe('never · without funding: Sep 2028');
  expect(await present.overlay().getByTestId('funding-round-mark').count()).toBe(2);
  await page.screenshot({ path: `${SHOTS}/present-cash-runway-1920.png` });
  expect(errors).toEqual([]);
});

it('goal seek on funding: how much to keep 12 months of runway, applied as one undo step', async () => {
  const { page, errors } = await trackedPage(browser, { width: 1920, height: 1080 });
  const dash = new DashboardPage(page);
  await dash.open('?example=crm-conservative');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Sensitivity', exact: true }).click();
  await page.getByRole('tab', { name: 'Goal seek' }).click();
  const panel = page.getByRole('region', { name: 'Funding and runway' });
  await panel.getByLabel('Month (YYYY-MM)').fill('2027-01');
  await panel.getByRole('button', { name: 'How much must it be?' }).click();
  const result = page.getByTestId('funding-seek-result');
  const text = await result.innerText();
  expect(text).toMatch(/^A round of \$[\d,]+ in Jan 2027 keeps at least 12 months of runway from then through Dec 2030; the tightest month is \w{3} 20\d\d\.$/m);
  const amount = Number(/\$([\d,]+)/.exec(text)![1]!.replace(/,/g, ''));
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/goal-seek-funding-1920.png` });
  await result.getByRole('button', { name: /^Set the round to/ }).click();
  expect(await result.innerText()).toMatch(/Applied as one change/);

  // The round is in the scenario with the amount found (that it keeps the runway is checked against the engine in model/funding-effect.test.ts).
  await dash.view('Model');
  const round = page.getByRole('group', { name: 'New round' });
  expect(await round.getByLabel('Month').inputValue()).toBe('2027-01');
  expect(Number((await round.getByLabel('Amount (USD)').inputValue()).replace(/,/g, ''))).toBe(amount);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => page.getByRole('group', { name: 'Funding' }).locator('.funding-rounds li').count()).toBe(0);
  expect(errors).toEqual([]);
});
