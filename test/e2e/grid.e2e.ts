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

it('a typed percent recomputes the overview: 2026 trial-to-paid 25 % -> month-0 CAC $533.33', async () => {
  const { grid, cac0, errors } = await openGrid();
  expect(await cac0()).toBe('$666.67');
  await grid.enter('Trial-to-paid 2026', '25');
  expect(await grid.shown('Trial-to-paid 2026')).toBe('25.0%');
  // 16,666.67 / (2,083.33 x 0.06 x 0.25) = 16,666.67 / 31.25 = $533.33
  expect(await cac0()).toBe('$533.33');
  // Enter committed and moved down a row.
  expect(await grid.focused()).toBe('Starter price 2026');
  // `6.5%` with the sign means the same as `6.5`: 2026 visitor-to-trial 6.5 % ->
  // 16,666.67 / (2,083.33 x 0.065 x 0.25) = 16,666.67 / 33.854 = $492.31
  await grid.enter('Visitor-to-trial 2026', '6.5%');
  expect(await grid.shown('Visitor-to-trial 2026')).toBe('6.5%');
  expect(await cac0()).toBe('$492.31');
  expect(errors).toEqual([]);
});

it('a formula shows its value, is marked, and shows the formula on hover and while editing', async () => {
  const { grid, page, errors } = await openGrid();
  await grid.enter('Visitor acquisition cost 2027', '=prev * 1.5');
  const cell = grid.cell('Visitor acquisition cost 2027');
  expect(await grid.shown('Visitor acquisition cost 2027')).toBe('$12.00'); // $8.00 x 1.5
  expect(await cell.getAttribute('class')).toContain('is-formula');
  // The hover text: the formula, then the value with its unit.
  expect(await cell.getAttribute('title')).toBe('=prev * 1.5\n$12.00 per visitor');
  await cell.click();
  await page.keyboard.press('F2');
  expect(await grid.editor('Visitor acquisition cost 2027').inputValue()).toBe('=prev * 1.5');
  await page.keyboard.press('Escape');
  expect(await grid.focused()).toBe('Visitor acquisition cost 2027');
  expect(errors).toEqual([]);
});

it('a cycle shows on its cells while the last projection stays, marked not current; Delete fixes it', async () => {
  const { grid, page, cac0, errors } = await openGrid();
  // Visitor-to-trial 2026 = trial-to-paid (20 %): 16,666.67 / (2,083.33 x 0.2 x 0.2) = $200.00
  await grid.enter('Visitor-to-trial 2026', '=trialToPaid');
  expect(await cac0()).toBe('$200.00');
  await grid.enter('Trial-to-paid 2026', '=visitorToTrial');
  for (const name of ['Visitor-to-trial 2026', 'Trial-to-paid 2026']) {
    expect(await grid.cell(name).getAttribute('aria-invalid')).toBe('true');
    expect(await grid.problemOf(name)).toMatch(/circular reference/);
    expect(await grid.shown(name)).toBe('error');
  }
  await expect.poll(() => grid.staleNote().isVisible()).toBe(true);
  expect(await cac0()).toBe('$200.00');
  expect(await page.getByRole('heading', { name: /problems? to fix/ }).innerText()).toMatch(/^2 problems/);
  // Delete on a formula that cannot be evaluated brings back the cell's previous value, 20 %.
  await grid.cell('Trial-to-paid 2026').click();
  await page.keyboard.press('Delete');
  expect(await grid.shown('Trial-to-paid 2026')).toBe('20.0%');
  await grid.panelSettled();
  expect(await grid.staleNote().count()).toBe(0);
  expect(await cac0()).toBe('$200.00');
  // Delete on a working formula keeps its value as a number.
  await grid.cell('Visitor-to-trial 2026').click();
  await page.keyboard.press('Delete');
  expect(await grid.cell('Visitor-to-trial 2026').getAttribute('class')).not.toContain('is-formula');
  expect(await grid.shown('Visitor-to-trial 2026')).toBe('20.0%');
  expect(errors).toEqual([]);
});

it('refuses garbage in the editor with a message and leaves the scenario alone', async () => {
  const { grid, page, cac0, errors } = await openGrid();
  await grid.cell('Trial-to-paid 2026').click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  expect(await page.getByRole('alert').filter({ hasText: 'is not a number' }).count()).toBe(1);
  expect(await grid.editor('Trial-to-paid 2026').getAttribute('aria-invalid')).toBe('true');
  await page.keyboard.press('Escape');
  expect(await grid.shown('Trial-to-paid 2026')).toBe('20.0%');
  expect(await cac0()).toBe('$666.67');
  expect(await grid.undoButton().isDisabled()).toBe(true);
  expect(errors).toEqual([]);
});

it('pastes a 5-value tab-separated row as one undo step; undo and redo by keys and buttons', async () => {
  const { grid, page, cac0, errors } = await openGrid();
  await grid.cell('Trial-to-paid 2026').click();
  // A row as Excel puts it on the clipboard.
  await grid.cell('Trial-to-paid 2026').evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '25%\t27.5%\t30%\t32.5%\t40%\r\n');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const shown = async () => Promise.all([2026, 2027, 2028, 2029, 2030].map((y) => grid.shown(`Trial-to-paid ${y}`)));
  expect(await shown()).toEqual(['25.0%', '27.5%', '30.0%', '32.5%', '40.0%']);
  expect(await cac0()).toBe('$533.33'); // as in the first test: 2026 is 25 %
  // The pasted cells are selected.
  expect(await grid.cell('Trial-to-paid 2030').getAttribute('aria-selected')).toBe('true');

  await page.keyboard.press('Control+z');
  expect(await shown()).toEqual(['20.0%', '23.75%', '27.5%', '31.25%', '35.0%']);
  expect(await cac0()).toBe('$666.67');
  await page.keyboard.press('Control+Shift+Z');
  expect(await cac0()).toBe('$533.33');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  expect(await cac0()).toBe('$533.33');
  await grid.undoButton().click();
  expect(await cac0()).toBe('$666.67');
  expect(await grid.undoButton().isDisabled()).toBe(true);
  await grid.redoButton().click();
  expect(await shown()).toEqual(['25.0%', '27.5%', '30.0%', '32.5%', '40.0%']);
  expect(errors).toEqual([]);
});

it('copies a range as tab-separated text', async () => {
  const { grid, page, errors } = await openGrid();
  await grid.cell('Visitor-to-trial 2026').click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const copied = await grid.cell('Trial-to-paid 2027').evaluate((el) => {
    const data = new DataTransfer();
    el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
  expect(copied).toBe('6%\t6.75%\n20%\t23.75%');
  expect(errors).toEqual([]);
});

it('moves like a spreadsheet: arrows, Tab, Enter, Home/End, F2, typing, Escape, Ctrl+R', async () => {
  const { grid, page, errors } = await openGrid();
  const key = async (k: string) => { await page.keyboard.press(k); return grid.focused(); };
  await grid.cell('Marketing budget 2026').click();
  expect(await key('ArrowRight')).toBe('Marketing budget 2027');
  expect(await key('ArrowDown')).toBe('Visitor acquisition cost 2027');
  expect(await key('ArrowLeft')).toBe('Visitor acquisition cost 2026');
  expect(await key('ArrowUp')).toBe('Marketing budget 2026');
  expect(await key('ArrowUp')).toBe('Marketing budget 2026'); // stays at the edge
  expect(await key('End')).toBe('Marketing budget 2030');
  expect(await key('Tab')).toBe('Visitor acquisition cost 2026'); // wraps to the next row
  expect(await key('Shift+Tab')).toBe('Marketing budget 2030');
  expect(await key('Enter')).toBe('Visitor acquisition cost 2030');
  expect(await key('Shift+Enter')).toBe('Marketing budget 2030');
  expect(await key('Home')).toBe('Marketing budget 2026');
  // Down through the plan headings: Trial-to-paid is followed by Starter price.
  await grid.cell('Trial-to-paid 2026').click();
  expect(await key('ArrowDown')).toBe('Starter price 2026');

  // F2 opens the value in its unit; Escape cancels.
  await grid.cell('Marketing budget 2026').click();
  await page.keyboard.press('F2');
  const editor = grid.editor('Marketing budget 2026');
  expect(await editor.inputValue()).toBe('200000');
  await page.keyboard.type('999');
  await page.keyboard.press('Escape');
  expect(await grid.shown('Marketing budget 2026')).toBe('$200K');

  // Typing starts a fresh value; Tab commits and moves right; double-click edits too.
  await page.keyboard.type('250K');
  expect(await key('Tab')).toBe('Marketing budget 2027');
  expect(await grid.shown('Marketing budget 2026')).toBe('$250K');
  await grid.cell('Marketing budget 2028').dblclick();
  expect(await grid.editor('Marketing budget 2028').inputValue()).toBe('700000');
  await page.keyboard.press('Escape');

  // Ctrl+R on one cell fills it to 2030; undo takes the whole fill back in one step.
  await grid.enter('Starter churn 2027', '=prev - 0.005');
  await grid.cell('Starter churn 2027').click();
  await page.keyboard.press('Control+r');
  // 4 % then 3.5 %, 3 %, 2.5 %, 2 % (each 0.5 points below the year before)
  expect(await Promise.all([2027, 2028, 2029, 2030].map((y) => grid.shown(`Starter churn ${y}`)))).toEqual(['3.5%', '3.0%', '2.5%', '2.0%']);
  expect(await grid.cell('Starter churn 2030').getAttribute('title')).toBe('=prev - 0.005\n2.0% /mo');
  await page.keyboard.press('Control+z');
  expect(await grid.shown('Starter churn 2030')).toBe('2.5%');

  // A mouse drag selects a range.
  await grid.cell('Growth price 2026').hover();
  await page.mouse.down();
  await grid.cell('Growth mix 2028').hover();
  await page.mouse.up();
  expect(await grid.grid().locator('td[aria-selected="true"]').count()).toBe(6);
  expect(errors).toEqual([]);
});
