import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SensitivityPage } from '../pages/sensitivity-page';
import { launchBrowser, nextFrame, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function openOn(tab: 'Tornado' | 'Goal seek' | 'Monte Carlo', before?: (page: Page) => Promise<unknown>) {
  const tracked = await trackedPage(browser);
  await before?.(tracked.page);
  const s = new SensitivityPage(tracked.page);
  await s.openTab(tab);
  return { ...tracked, s };
}

describe('tornado', () => {
  it('ranks the inputs, the only one that moves the output first, and a bar selects its row', async () => {
    const { page, errors, s } = await openOn('Tornado');
    // Baseline, 2030 EBITDA: every bar, largest first.
    await s.tornadoBars().first().waitFor();
    expect(await s.tornadoBars().count()).toBe(21);
    // Annual operating expenses move with the operating expenses row only: it must come first.
    await page.getByLabel('Output', { exact: true }).selectOption({ label: 'Operating expenses' });
    const labels = await s.barLabels();
    expect(labels[0]).toMatch(/^Operating expenses: 10 % lower gives \$1\.6M, 10 % higher gives \$2\.0M/); // $1.62M and $1.98M, one decimal each
    expect(labels[1]).toMatch(/lower gives \$1\.8M, 10 % higher gives \$1\.8M/); // unmoved
    // Keyboard: focus the first bar and press Enter: the grid's view opens.
    await s.tornadoBars().first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Unit economics' }).waitFor();
    expect(await page.getByRole('button', { name: 'Model' }).getAttribute('aria-current')).toBe('page');
    // The grid opens with that row's cell (the output's year) selected and focused.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Operating expenses 2030');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Operating expenses 2030');
    expect(errors).toEqual([]);
  });
});

describe('goal seek', () => {
  it('solves the hand case (trial-to-paid = VAC / (visitor-to-trial x CAC)), applies it as one undoable edit', async () => {
    const { page, errors, s } = await openOn('Goal seek');
    const result = await s.seek({ output: 'CAC (paid)', year: '2026', kind: 'exactly', value: '500' }, { row: 'Trial-to-paid', year: '2026 only' });
    // 8 / (0.06 x 500) = 26.67 %.
    await result.getByText('Trial-to-paid, 2026: 26.7%').first().waitFor();
    expect(await result.getByTestId('goal-seek-output').innerText()).toBe('$500.00');
    await result.getByRole('button', { name: 'Apply' }).click();
    await result.getByText(/Applied one cell as one change/).waitFor();
    await page.getByRole('button', { name: 'Model' }).click();
    expect(await s.overviewValue('CAC (paid)', 'first-year')).toBe('$500.00');
    // Ctrl+Z reverts it (focus outside any text box), the Redo button brings it back.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => s.overviewValue('CAC (paid)', 'first-year')).toBe('$666.67');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => s.overviewValue('CAC (paid)', 'first-year')).toBe('$500.00');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => s.overviewValue('CAC (paid)', 'first-year')).toBe('$666.67');
    expect(errors).toEqual([]);
  });

  it('reports a target that cannot be reached in range, with the best reachable value', async () => {
    const { errors, s } = await openOn('Goal seek');
    const result = await s.seek({ output: 'CAC (paid)', year: '2026', kind: 'at most', value: '50' }, { row: 'Trial-to-paid', year: '2026 only' });
    const text = await result.locator('[data-outcome="unreachable"]').innerText();
    expect(text).toContain('CAC (paid) 2026 at most $50.00 cannot be reached');
    expect(text).toContain('between 0.0% and 100.0%');
    expect(text).toContain('The best reachable is $133.33, at 100.0%'); // 8 / 0.06
    expect(errors).toEqual([]);
  });
});

describe('Monte Carlo', () => {
  it('runs in the worker with progress, and the same seed gives the same percentiles', async () => {
    const { page, errors, s } = await openOn('Monte Carlo');
    // Adding ranges is one change of the scenario: one undo takes them all away again.
    await page.getByRole('button', { name: 'Add typical ranges' }).click();
    expect(await page.locator('tr[data-range]').count()).toBe(10);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('tr[data-range]').count()).toBe(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await page.locator('tr[data-range]').count()).toBe(10);
    // A range edited in place: the high of the first (marketing budget) from 105 % to 110 %.
    const high = page.getByLabel('High of range 1', { exact: true });
    await high.fill('110');
    await high.press('Enter');
    await expect.poll(() => page.getByLabel('High of range 1', { exact: true }).inputValue()).toBe('110');
    await s.runMonteCarlo(20_000, 7);
    await page.getByRole('progressbar', { name: 'Monte Carlo progress' }).waitFor();
    const first = await s.summary(7);
    expect(await first.getAttribute('data-via')).toBe('worker');
    expect(await first.innerText()).toMatch(/^20,000 runs with 10 ranges, seed 7, in [\d,]+ ms in (a background worker|\d background workers)/);
    const fan = await s.fanDescription('mrr');
    expect(fan).toMatch(/between \$[\d,]+ and \$[\d,]+, median \$[\d,]+/);
    expect(await page.getByTestId('mc-targets').locator('tbody tr').count()).toBe(8);
    await s.runMonteCarlo(20_000, 8);
    await s.summary(8);
    expect(await s.fanDescription('mrr')).not.toBe(fan);
    await s.runMonteCarlo(20_000, 7);
    await s.summary(7);
    expect(await s.fanDescription('mrr')).toBe(fan);
    expect(errors).toEqual([]);
  });

  it('steps aside while the planner types: a key press during a run asks each worker to pause, and the run finishes', async () => {
    // Counts the pause requests the page posts to the workers (comlink's APPLY of `pause`): an
    // event, where a count of runs done in half a second would depend on the machine's speed.
    const { page, errors, s } = await openOn('Monte Carlo', (p) => p.addInitScript(() => {
      const w = window as Window & { pauses?: number };
      w.pauses = 0;
      const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
      Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
        const message = args[0] as { type?: string; path?: string[] } | null;
        if (message?.type === 'APPLY' && message.path?.[0] === 'pause') w.pauses! += 1;
        post.apply(this, args);
      } as typeof Worker.prototype.postMessage;
    }));
    await page.getByRole('button', { name: 'Add typical ranges' }).click();
    const pauses = () => page.evaluate(() => (window as Window & { pauses?: number }).pauses ?? 0);
    const before = await pauses();
    // The run starts listening for input as Run is clicked; 50,000 runs last far longer than a key press takes to arrive.
    await s.runMonteCarlo(50_000, 3);
    await page.keyboard.press('Shift');
    await expect.poll(pauses).toBeGreaterThan(before);
    const summary = await s.summary(3);
    expect(await summary.innerText()).toMatch(/^50,000 runs/);
    // Once the run is over, input asks nothing of the workers.
    const after = await pauses();
    await page.keyboard.press('Shift');
    await nextFrame(page);
    expect(await pauses()).toBe(after);
    expect(errors).toEqual([]);
  });

  it('stops when cancelled', async () => {
    const { page, errors, s } = await openOn('Monte Carlo');
    await page.getByRole('button', { name: 'Add typical ranges' }).click();
    await s.runMonteCarlo(50_000, 1);
    const bar = page.getByRole('progressbar', { name: 'Monte Carlo progress' });
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    const note = page.getByTestId('mc-cancelled');
    await note.waitFor();
    const at = await bar.getAttribute('value');
    expect(Number(at)).toBeLessThan(50_000);
    // Cancelling stops the workers and drops their late reports: once React has drawn the
    // cancelled state, the bar stays where it stopped.
    await nextFrame(page);
    expect(await bar.getAttribute('value')).toBe(at);
    expect(await page.getByTestId('mc-summary').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('falls back to the main thread in chunks when the worker cannot load, and says so', async () => {
    // The worker's script fails to load, as on a server that does not serve it (set before the
    // tab opens: the panel starts the workers as it opens).
    const { page, errors, s } = await openOn('Monte Carlo', (p) => p.route('**/*monte-carlo.worker*', (route) => route.abort()));
    await page.getByRole('button', { name: 'Add typical ranges' }).click();
    await s.runMonteCarlo(3000, 7);
    const summary = await s.summary(7);
    expect(await page.getByTestId('mc-fallback').innerText()).toMatch(/^The runs could not use a background worker \(.+\), so they go on in this page/);
    expect(await summary.getAttribute('data-via')).toBe('main');
    expect(await summary.innerText()).toMatch(/in this page \(the worker was not available\)/);
    expect(errors.filter((e) => !/monte-carlo\.worker|Failed to load|ERR_FAILED/.test(e))).toEqual([]);
  });
});
