import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GridPage } from '../pages/grid-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function openGrid() {
  const tracked = await trackedPage(browser);
  const grid = new GridPage(tracked.page);
  await grid.open();
  return { ...tracked, grid, cac0: () => grid.overviewValue('CAC (paid)', 'month0') };
}

const money = (text: string) => Number(text.replace(/[$,]/g, ''));

it('a slider drag moves the projection continuously and is one undo step', async () => {
  const { grid, page, cac0, errors } = await openGrid();
  await grid.openWhatIf();
  const slider = grid.slider('Trial-to-paid');
  expect(await slider.inputValue()).toBe('0.2');
  // Watch the month-0 CAC while dragging: it must change during the drag, not only at the end.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const cell = document.querySelector('tr[data-kpi="CAC (paid)"] td[data-period="month0"]')!;
    new MutationObserver(() => seen.push(cell.textContent ?? '')).observe(cell, { subtree: true, characterData: true, childList: true });
  });
  await grid.dragSlider('Trial-to-paid', 0.2 / 0.6, 0.4 / 0.6);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(new Set(seen).size).toBeGreaterThan(3);
  // The value landed near 40 %; the CAC is 16,666.67 / (125 trials x t) for whatever t it is.
  const t = Number(await slider.inputValue());
  expect(t).toBeGreaterThan(0.35);
  expect(t).toBeLessThan(0.45);
  expect(money(await cac0())).toBeCloseTo(200_000 / 12 / (125 * t), 1);
  // All years move by the same points: 2030 was 35 % and is now 35 % + (t - 20 %).
  expect(await grid.shown('Trial-to-paid 2030')).toBe(`${((0.35 + t - 0.2) * 100).toFixed(1)}%`);
  // One undo step takes the whole drag back.
  await grid.undoButton().click();
  expect(await cac0()).toBe('$666.67');
  expect(await slider.inputValue()).toBe('0.2');
  expect(await grid.undoButton().isDisabled()).toBe(true);
  await grid.redoButton().click();
  expect(money(await cac0())).toBeCloseTo(200_000 / 12 / (125 * t), 1);
  expect(errors).toEqual([]);
});

it('the Pro mix slider keeps each year at 100 %', async () => {
  const { grid, page, errors } = await openGrid();
  await grid.openWhatIf();
  await page.getByLabel('Change').selectOption({ label: '2026 only' });
  await grid.slider('Pro mix').focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight'); // 20 steps of 0.5 %: 10 % -> 20 %
  expect(await grid.shown('Pro mix 2026')).toBe('20.0%');
  // Starter and Growth share the other 80 % as 60:30: 53.33 % and 26.67 %.
  expect(await grid.shown('Starter mix 2026')).toBe('53.33%');
  expect(await grid.shown('Growth mix 2026')).toBe('26.67%');
  expect(await grid.cell('Mix total 2026').innerText()).toBe('100.0%');
  expect(await grid.shown('Pro mix 2027')).toBe('12.5%'); // 2026 only
  expect(errors).toEqual([]);
});

it('a year whose mix is not 100 % shows the sum and balances it, keeping the plan just set', async () => {
  const { grid, page, errors } = await openGrid();
  await grid.enter('Pro mix 2027', '22.5');
  // 57.5 + 30 + 22.5 = 110 %
  expect(await grid.cell('Mix total 2027').innerText()).toMatch(/^110\.0%/);
  await expect.poll(() => grid.staleNote().isVisible()).toBe(true);
  await grid.cell('Pro mix 2027').click();
  await grid.cell('Mix total 2027').getByRole('button', { name: 'Balance' }).click();
  // Pro stays at 22.5 %; Starter and Growth share 77.5 % as 57.5:30 -> 50.93 % and 26.57 %.
  expect(await grid.shown('Pro mix 2027')).toBe('22.5%');
  expect(await grid.shown('Starter mix 2027')).toBe('50.93%');
  expect(await grid.shown('Growth mix 2027')).toBe('26.57%');
  expect(await grid.cell('Mix total 2027').innerText()).toBe('100.0%');
  await grid.panelSettled();
  expect(await grid.staleNote().count()).toBe(0);
  // The problem list offers the same by keyboard.
  await grid.enter('Starter mix 2028', '60');
  const fix = page.getByRole('button', { name: 'Balance 2028' });
  await fix.focus();
  await page.keyboard.press('Enter');
  expect(await grid.cell('Mix total 2028').innerText()).toBe('100.0%');
  expect(errors).toEqual([]);
});

it('adds, renames, reorders and removes plans, each one undo step, keeping the scenario valid', async () => {
  const { grid, page, errors } = await openGrid();
  const plans = page.getByRole('group', { name: 'Plans, lowest tier first' });
  await plans.getByRole('button', { name: 'Add plan' }).click();
  expect(await grid.shown('Plan 4 mix 2026')).toBe('0.0%');
  await plans.getByLabel('Plan 4 name').fill('Enterprise');
  await page.keyboard.press('Enter');
  expect(await grid.shown('Enterprise price 2026')).toBe('$180.00');
  // Move Pro to the top of the list (lowest tier): its downgrade must become 0.
  for (let i = 0; i < 2; i++) await plans.getByRole('button', { name: 'Move Pro up' }).click();
  expect(await grid.shown('Pro downgrade 2026')).toBe('0.0%');
  expect(await grid.grid().locator('tr.plan-head').allInnerTexts()).toEqual(['Pro plan', 'Starter plan', 'Growth plan', 'Enterprise plan']);
  await grid.panelSettled();
  expect(await grid.staleNote().count()).toBe(0);
  // Remove Starter: the others share its mix (2026: 30 + 10 of 40 -> 75 % and 25 %).
  await plans.getByRole('button', { name: 'Remove Starter' }).click();
  expect(await grid.cell('Starter price 2026').count()).toBe(0);
  expect(await grid.shown('Growth mix 2026')).toBe('75.0%');
  expect(await grid.shown('Pro mix 2026')).toBe('25.0%');
  await grid.panelSettled();
  expect(await grid.staleNote().count()).toBe(0);
  // Undo four times: remove, two moves, rename; then the added plan goes too.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
  expect(await grid.grid().locator('tr.plan-head').allInnerTexts()).toEqual(['Starter plan', 'Growth plan', 'Pro plan', 'Plan 4']);
  expect(await grid.shown('Pro downgrade 2026')).toBe('0.5%');
  await page.keyboard.press('Control+z');
  expect(await grid.cell('Plan 4 price 2026').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Remove Starter' }).isEnabled()).toBe(true);
  expect(errors).toEqual([]);
});

it('copies with Ctrl+C and pastes with Ctrl+V through the system clipboard, formulas kept', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const grid = new GridPage(page);
  await grid.open();
  await grid.enter('Pro price 2027', '=prev * 1.1');
  await grid.cell('Pro price 2026').click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('180\t198'); // 180 x 1.1
  await grid.cell('Growth price 2026').click();
  await page.keyboard.press('Control+v');
  expect(await grid.shown('Growth price 2026')).toBe('$180.00');
  expect(await grid.cell('Growth price 2027').getAttribute('title')).toBe('=prev * 1.1\n$198.00 /mo');
  // From another program (only text): a row of money typed the way spreadsheets copy it.
  await page.evaluate(() => navigator.clipboard.writeText('$1,200\t1.5K\r\n'));
  await grid.cell('COGS per customer 2026').click();
  await page.keyboard.press('Control+v');
  expect(await grid.shown('COGS per customer 2026')).toBe('$1,200.00');
  expect(await grid.shown('COGS per customer 2027')).toBe('$1,500.00');
  expect(errors).toEqual([]);
  await context.close();
});
