// Every input says its period (issue 23): the marketing budget is a year's spend, overheads,
// prices and churn are per month. Seen from the user's side: the row labels, the hover text and
// the editor while typing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GridPage } from '../pages/grid-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

// What each row's unit must say, by the label it ends with (plan rows read "Pro price").
const PERIOD: [RegExp, RegExp][] = [
  [/^Marketing budget/, /per year/],
  [/^Visitor acquisition cost/, /per visitor/],
  [/^Visitor-to-trial/, /of visitors/],
  [/^Trial-to-paid/, /of trials/],
  [/^COGS %/, /of revenue/],
  [/^COGS per customer/, /\/mo/],
  [/^S&M overhead/, /\/mo/],
  [/^Operating expenses/, /\/mo/],
  [/price$/, /\/mo/],
  [/mix$/, /of new customers/],
  [/churn$/, /\/mo/],
  [/upgrade$/, /\/mo/],
  [/downgrade$/, /\/mo/],
];

it('every input row of the grid shows its unit and period beside its name', async () => {
  const { page, errors } = await trackedPage(browser);
  const grid = new GridPage(page);
  await grid.open();
  const heads = await grid.grid().locator('th.row-label').evaluateAll((els) => els.map((el) => ({
    name: el.querySelector('.row-name')?.textContent?.trim() ?? '',
    unit: el.querySelector('.row-unit')?.textContent?.trim() ?? '',
    visible: (el.querySelector('.row-unit') as HTMLElement | null)?.offsetWidth ?? 0,
  })));
  // 8 drivers and 5 rows for each of the baseline's 3 plans.
  expect(heads).toHaveLength(8 + 5 * 3);
  for (const h of heads) {
    const rule = PERIOD.find(([label]) => label.test(h.name));
    expect(rule, `a rule for "${h.name}"`).toBeDefined();
    expect(h.unit, h.name).toMatch(rule![1]);
    expect(h.visible, `${h.name}: its unit is drawn`).toBeGreaterThan(0);
  }
  expect(errors).toEqual([]);
});

it('the hover text and the editor say the unit: a yearly amount in a monthly row is easy to catch', async () => {
  const { page, errors } = await trackedPage(browser);
  const grid = new GridPage(page);
  await grid.open();
  expect(await grid.cell('Marketing budget 2026').getAttribute('title')).toBe('$200,000 per year');
  expect(await grid.cell('Operating expenses 2027').getAttribute('title')).toMatch(/^\$[\d,]+ \/mo$/);

  await grid.cell('Operating expenses 2027').dblclick();
  const editor = grid.editor('Operating expenses 2027');
  await editor.waitFor();
  const unit = grid.grid().locator('.cell-editor-unit');
  expect(await unit.isVisible()).toBe(true);
  expect(await unit.innerText()).toBe('Operating expenses: per month');
  // Screen readers hear it too: the editor is described by the unit.
  const described = await editor.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '));
  expect(described).toContain('per month');
  await page.keyboard.press('Escape');

  await grid.cell('Marketing budget 2027').dblclick();
  expect(await grid.grid().locator('.cell-editor-unit').innerText()).toBe('Marketing budget: per year');
  expect(errors).toEqual([]);
});
