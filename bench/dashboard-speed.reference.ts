import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHART_IDS, DashboardPage } from '../pages/dashboard-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const FRAME_MS = 16;
const EDITS = 25;
const WARM_UP = 5;
const ROUNDS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Times `edits` edits made through `control` (values alternate between `a` and `b`). The clock
 * starts when the edit's event is dispatched and stops once React has committed the new page and
 * the browser has laid it out (forced synchronously): the main thread's work for the frame.
 * `toFrame` also waits for the next animation frame, which adds the wait for the display.
 */
async function timeEdits(control: Locator, a: string, b: string, commitWithEnter: boolean): Promise<{ work: number[]; toFrame: number[] }> {
  return control.evaluate(async (input: HTMLInputElement, [a, b, enter, edits]) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));
    const work: number[] = [];
    const toFrame: number[] = [];
    for (let i = 0; i < edits; i++) {
      setValue.call(input, i % 2 === 0 ? a : b);
      if (enter) input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      await frame();
      const t0 = performance.now();
      // A range input commits on input; a target bound on Enter.
      input.dispatchEvent(enter ? new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }) : new Event('input', { bubbles: true }));
      // React flushes a discrete event's update in a microtask queued during the dispatch.
      await Promise.resolve();
      document.body.getBoundingClientRect();
      work.push(performance.now() - t0);
      await frame();
      toFrame.push(performance.now() - t0);
    }
    return { work, toFrame };
  }, [a, b, commitWithEnter, EDITS] as const);
}

/**
 * The median of each of ROUNDS rounds of edits, and the best of them: the test machine runs
 * other work (builds, other browsers), and a burst of it in one round says nothing of the code.
 */
async function measure(what: string, control: Locator, a: string, b: string, commitWithEnter: boolean): Promise<number> {
  const medians: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = await timeEdits(control, a, b, commitWithEnter);
    const work = t.work.slice(WARM_UP);
    medians.push(median(work));
    console.log(`${what}, round ${r + 1}: edit to layout median ${median(work).toFixed(1)} ms (max ${Math.max(...work).toFixed(1)}); to next frame median ${median(t.toFrame.slice(WARM_UP)).toFixed(1)} ms`);
  }
  return Math.min(...medians);
}

it(`repaints the whole dashboard within a frame: median edit-to-layout ≤ ${FRAME_MS} ms (best of ${ROUNDS} rounds) with every chart on screen`, async () => {
  // A screen tall enough that all 13 cards and 7 charts are in the viewport and really painted.
  const { page, errors } = await trackedPage(browser, { width: 1920, height: 4600 });
  const dash = new DashboardPage(page);
  await dash.open();
  await page.getByRole('button', { name: 'What if…' }).click();
  for (const id of CHART_IDS) expect(await dash.plot(id).isVisible()).toBe(true);
  const arr = dash.headline('ARR');
  const before = await arr.getAttribute('data-value');

  // An assumption: the visitor-to-trial slider between 6 % and 6.5 % in every year. Every figure
  // of the projection changes, so every card, chart and table repaints.
  const slider = page.getByRole('slider', { name: 'Visitor-to-trial' });
  const assumption = await measure('what-if slider', slider, '0.065', '0.06', false);
  // The last edit (i = 24, even) left visitor-to-trial at 6.5 %: more trials, more ARR.
  expect(Number(await arr.getAttribute('data-value'))).toBeGreaterThan(Number(before));

  // A target: the NRR minimum between 90 % and 110 % (a new scenario, the same figures).
  await page.getByRole('button', { name: 'Edit targets' }).click();
  const min = dash.targetRow('nrr').getByRole('textbox', { name: 'Minimum for NRR 2030' });
  const target = await measure('target bound', min, '90', '110', true);
  expect(await dash.targetRow('nrr').getAttribute('data-status')).toBe('met');

  expect(assumption).toBeLessThanOrEqual(FRAME_MS);
  expect(target).toBeLessThanOrEqual(FRAME_MS);
  expect(errors).toEqual([]);
});
