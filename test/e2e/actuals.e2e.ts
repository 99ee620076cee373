import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActualsPage, varianceRow } from '../pages/actuals-page';
import { launchBrowser, trackedPage } from '../support/browser';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'actuals');
const example = join(process.cwd(), 'scenarios', 'crm-actuals-2026.csv');

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function openActuals(exampleId?: string, viewport?: { width: number; height: number }) {
  const tracked = await trackedPage(browser, viewport);
  const view = new ActualsPage(tracked.page);
  await view.openActuals(exampleId);
  return { ...tracked, view };
}

describe('importing the example CSV', () => {
  it('goes through the preview, is one undo step, and redoes', async () => {
    const { view, page, errors } = await openActuals();
    expect(await view.shown('Visitors Mar 2026')).toBe('');
    await view.pick(example);
    // 6 months x 17 figures (the 14 figures but NRR, and 3 plans' customers) = 102.
    await view.preview().getByText(/^Will set 102 figures in 6 months \(2026-01..2026-06\)/).waitFor();
    await view.acceptButton().click();
    await view.preview().waitFor({ state: 'detached' });
    expect(await view.shown('Visitors Mar 2026')).toBe('2,050');
    expect(await view.cell('MRR Jun 2026').getAttribute('title')).toBe('$9,740 in the month');
    await page.keyboard.press('Control+z');
    expect(await view.shown('Visitors Mar 2026')).toBe('');
    await page.keyboard.press('Control+Shift+z');
    expect(await view.shown('Visitors Mar 2026')).toBe('2,050');
    expect(errors).toEqual([]);
  });

  it('a bad CSV changes nothing: its problems are named by row and column, and Import stays off', async () => {
    const { view, page, errors } = await openActuals();
    const bad = join(fixtures, 'bad-visitors.csv');
    await view.pick(bad);
    await view.preview().getByText("row 3, visitors: 'n/a' is not a number").waitFor();
    expect(await view.acceptButton().isDisabled()).toBe(true);
    await view.preview().getByRole('button', { name: 'Cancel' }).click();
    expect(await view.shown('Visitors Jan 2026')).toBe('');
    expect(await page.getByRole('button', { name: 'Clear all actuals' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('dropping the issue 22 fixtures: suggested mapping, one match changed, accepted', () => {
  it('an MRR-movements export: reactivation goes to new MRR unless left out', async () => {
    const { view, errors } = await openActuals();
    await view.drop(join(fixtures, 'mrr-movements.csv'));
    expect(await view.mapping('Date').inputValue()).toBe('month');
    expect(await view.mapping('New Business MRR').inputValue()).toBe('newMrr');
    expect(await view.mapping('Reactivation MRR').inputValue()).toBe('newMrr');
    expect(await view.mapping('Churn MRR').inputValue()).toBe('churnedMrr');
    expect(await view.mapping('Customers').inputValue()).toBe('skip'); // three plans: whose?
    await view.mapping('Reactivation MRR').selectOption('skip');
    await view.acceptButton().click();
    // February's new MRR: New Business $2,100 alone, without the $50 reactivation.
    expect(await view.cell('New MRR Feb 2026').getAttribute('title')).toBe('$2,100 in the month');
    expect(await view.cell('Churned MRR Mar 2026').getAttribute('title')).toBe('$110 in the month');
    // The same headers next time: the changed match is remembered (this browser's storage).
    await view.drop(join(fixtures, 'mrr-movements.csv'));
    expect(await view.mapping('Reactivation MRR').inputValue()).toBe('skip');
    expect(await view.mapping('New Business MRR').inputValue()).toBe('newMrr');
    expect(errors).toEqual([]);
  });

  it('a date that reads both ways is asked, and nothing can be imported until it is answered', async () => {
    const { view, errors } = await openActuals();
    await view.drop(join(fixtures, 'ambiguous-day-month.csv'));
    const question = view.preview().getByRole('group', { name: /How does the file write dates\?/ });
    await question.waitFor();
    expect(await view.acceptButton().isDisabled()).toBe(true);
    // Month first: 01/01 is 1 January and 02/01 is 1 February, one row each.
    await question.getByRole('radio', { name: /month first/ }).check();
    await view.acceptButton().click();
    expect(await view.shown('Visitors Jan 2026')).toBe('2,000');
    expect(await view.shown('Visitors Feb 2026')).toBe('2,100');
    expect(errors).toEqual([]);
  });

  it('a semicolon file with decimal commas', async () => {
    const { view, errors } = await openActuals();
    await view.drop(join(fixtures, 'semicolon-decimal-comma.csv'));
    expect(await view.mapping('Month').inputValue()).toBe('month');
    expect(await view.mapping('S&M overhead').inputValue()).toBe('salesMarketingOverhead');
    await view.mapping('Cash').selectOption('skip');
    await view.acceptButton().click();
    expect(await view.shown('Visitors Jan 2026')).toBe('2,031');
    expect(await view.cell('Marketing spend Jan 2026').getAttribute('title')).toBe('$16,250.50 in the month');
    expect(await view.shown('Cash Jan 2026')).toBe('');
    expect(errors).toEqual([]);
  });

  it('a daily file across a month boundary: flagged months, flows summed', async () => {
    const { view, errors } = await openActuals();
    await view.drop(join(fixtures, 'daily-across-month.csv'));
    await view.preview().getByText(/2026-01: 3 of 31 daily rows/).waitFor();
    expect(await view.mapping('Sessions').inputValue()).toBe('visitors');
    expect(await view.mapping('Ad spend').inputValue()).toBe('marketingSpend');
    await view.mapping('Ad spend').selectOption('skip');
    await view.acceptButton().click();
    // January: sessions 1,070 + 1,010 + 1,120 = 3,200; February: 980 + 1,150 + 1,090 = 3,220.
    expect(await view.shown('Visitors Jan 2026')).toBe('3,200');
    expect(await view.shown('Visitors Feb 2026')).toBe('3,220');
    expect(await view.shown('Marketing spend Jan 2026')).toBe('');
    expect(errors).toEqual([]);
  });

  it('an xlsx with two sheets: the first by default, customers by plan name', async () => {
    const { view, errors } = await openActuals();
    await view.drop(join(fixtures, 'two-sheets.xlsx'));
    expect(await view.preview().getByRole('combobox', { name: 'Sheet' }).inputValue()).toBe('Billing');
    expect(await view.mapping('Starter customers').inputValue()).toBe('customers_starter');
    expect(await view.mapping('Cash balance').inputValue()).toBe('cash');
    await view.mapping('Cash balance').selectOption('skip');
    await view.acceptButton().click();
    expect(await view.shown('Pro customers Mar 2026')).toBe('8');
    expect(await view.cell('MRR Feb 2026').getAttribute('title')).toBe('$3,850 in the month');
    expect(await view.shown('Cash Jan 2026')).toBe('');
    expect(errors).toEqual([]);
  });
});

describe('plan vs actual', () => {
  it('after importing the example CSV, March 2026 shows the hand-computed differences', async () => {
    const { view, page, errors } = await openActuals();
    await view.pick(example);
    await view.acceptButton().click();
    await page.getByRole('tab', { name: 'Plan vs actual' }).click();
    await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: 'Mar 2026' }).click();
    // The plan's March (month 2, year 2026): spend $200,000 / 12 = $16,666.67; visitors 16,666.67 / $8
    // = 2,083.33; trials x 6 % = 125; new customers x 20 % = 25; CAC 16,666.67 / 25 = $666.67.
    // The example's March: spend $17,400, 2,050 visitors, 128 trials, 23 new customers, S&M $10,500.
    expect(await varianceRow(page, 'marketingSpend')).toEqual(['$17,400', '$16,667', '+$733', '+4.4%']); // 733.33 / 16,666.67
    expect(await varianceRow(page, 'visitors')).toEqual(['2,050', '2,083', '−33 ▼', '−1.6%']); // -33.33 / 2,083.33
    expect(await varianceRow(page, 'trials')).toEqual(['128', '125', '+3 ▲', '+2.4%']);
    expect(await varianceRow(page, 'newCustomers')).toEqual(['23', '25', '−2 ▼', '−8.0%']);
    // CAC 17,400 / 23 = $756.52: +$89.86 over $666.67, +13.5 %, and a higher CAC is bad news.
    expect(await varianceRow(page, 'cac')).toEqual(['$756.52', '$666.67', '+$89.86 ▼', '+13.5%']);
    expect(await page.locator('.pva-panels tr[data-figure="cac"]').getAttribute('class')).toBe('is-bad');
    expect(await varianceRow(page, 'salesMarketingOverhead')).toEqual(['$10,500', '$10,000', '+$500', '+5.0%']);
    expect(errors).toEqual([]);
  });

  it('"Use these rates" writes the trailing three months\' rates into 2026, as one undo step', async () => {
    const { view, page, errors } = await openActuals('crm-actuals-2026');
    await page.getByRole('tab', { name: 'Plan vs actual' }).click();
    await page.locator('tr[data-rate="visitorToTrial"]').waitFor();
    // April to June: visitor-to-trial (124 + 135 + 139) / (1,960 + 2,080 + 2,110) = 398 / 6,150 = 6.47 %;
    // trial-to-paid (24 + 25 + 23) / 398 = 72 / 398 = 18.09 %.
    expect(await page.locator('tr[data-rate="visitorToTrial"] td').allInnerTexts()).toEqual(['6.47%', '6.00%', '+0.5 pts']);
    expect(await page.locator('tr[data-rate="trialToPaid"] td').allInnerTexts()).toEqual(['18.09%', '20.00%', '−1.9 pts']);
    await page.getByRole('button', { name: 'Use these rates…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Use the actual rates in the assumptions' });
    expect(await dialog.locator('tbody th').allInnerTexts()).toEqual(['Visitor-to-trial 2026', 'Trial-to-paid 2026', 'Starter churn 2026', 'Growth churn 2026', 'Pro churn 2026']);
    await dialog.getByRole('button', { name: 'Apply 5 changes' }).click();
    expect(await page.locator('tr[data-rate="visitorToTrial"] td').allInnerTexts()).toEqual(['6.47%', '6.47%', '±0.0 pts']);
    await page.keyboard.press('Control+z');
    expect(await page.locator('tr[data-rate="visitorToTrial"] td').nth(1).innerText()).toBe('6.00%');
    expect(await view.grid().count()).toBe(0); // the grid's tab is not shown meanwhile
    expect(errors).toEqual([]);
  });
});

it('holds the actuals against a locked budget\'s plan instead of the scenario\'s own, when asked', async () => {
  const { view, page, errors } = await openActuals();
  // A budget the board approved, locked in this browser's library: the example's assumptions with
  // a 2026 marketing budget of $150,000 instead of $200,000.
  const budget = JSON.parse(readFileSync(join(process.cwd(), 'scenarios', 'crm-actuals-2026.json'), 'utf8')) as { name: string; actuals?: unknown; drivers: { marketingBudget: number[] } };
  budget.name = 'Board budget 2026';
  delete budget.actuals;
  budget.drivers.marketingBudget[0] = 150_000;
  await page.evaluate((text) => localStorage.setItem('trajectory:library:board-budget', text), JSON.stringify({ updatedAt: '2026-01-05T09:00:00.000Z', scenario: budget, locked: true }));
  await view.openActuals('crm-actuals-2026');
  await page.getByRole('tab', { name: 'Plan vs actual' }).click();
  await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: 'Mar 2026' }).click();
  // Against the scenario's own plan: March's spend $17,400 against $200,000 / 12 = $16,666.67.
  expect(await varianceRow(page, 'marketingSpend')).toEqual(['$17,400', '$16,667', '+$733', '+4.4%']);
  const against = page.getByRole('combobox', { name: /Held against/ });
  await against.selectOption({ label: 'budget: Board budget 2026' });
  // Against the budget: $150,000 / 12 = $12,500; +$4,900 is 4,900 / 12,500 = +39.2 %.
  await expect.poll(() => varianceRow(page, 'marketingSpend')).toEqual(['$17,400', '$12,500', '+$4,900', '+39.2%']);
  // Back to the scenario's own plan.
  await against.selectOption({ label: 'this scenario\'s plan' });
  await expect.poll(() => varianceRow(page, 'marketingSpend')).toEqual(['$17,400', '$16,667', '+$733', '+4.4%']);
  expect(errors).toEqual([]);
});
