// `npx vite build && npx tsx bench/browser-monte-carlo.ts`: 10,000 Monte Carlo runs of the
// baseline with ranges on 10 inputs, in the app's Web Workers in headless Chromium (one per core,
// at most four). `workerMs` is the time the app reports: inside the worker with one worker; with
// several, from handing out the shares to the combined percentiles coming back. While the runs go
// on, the main thread's longest stall is measured with a 10 ms timer (it includes drawing the
// results): the grid stays responsive if it stays small. Then the grid's edit-to-paint is measured
// while 50,000-run Monte Carlo runs go on in the workers (only edits that start and paint inside a
// run are counted). Prints one JSON object.
import { chromium, type Page } from 'playwright-core';
import { serveFolder } from '../test/support/static-server';

const REPEATS = 7;
/** Runs not counted: the first ones also load the results view and compile the workers' code. */
const WARM_UP = 2;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// In the page: each Enter that commits a grid cell, its start and its time to the next painted frame.
const EDIT_PROBE = `
  window.__edits = [];
  window.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement) || !e.target.classList.contains('cell-editor')) return;
    const t0 = performance.now();
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => window.__edits.push([t0, performance.now() - t0]); c.port2.postMessage(null); });
  }, true);
`;

/**
 * Grid edits (Model view) while 50,000-run Monte Carlo runs go on: edit-to-paint of those inside
 * a run. With `runs` false, the same steps without starting a run: the control.
 */
async function gridDuringRuns(page: Page, runs = true): Promise<number[]> {
  await page.evaluate(EDIT_PROBE);
  await page.getByLabel('Runs', { exact: true }).fill('50000');
  const inside: number[] = [];
  for (let r = 0; r < 8 && inside.length < 40; r++) {
    const seed = 100 + r;
    await page.getByLabel('Seed', { exact: true }).fill(String(seed));
    const start = Number(await page.evaluate('performance.now()'));
    if (runs) await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('button', { name: 'Model', exact: true }).click();
    const cell = page.getByRole('gridcell', { name: 'Trial-to-paid 2026', exact: true });
    for (let k = 0; k < 8; k++) {
      const before = await page.locator('tr[data-kpi="CAC (paid)"] td[data-period="month0"]').innerText();
      await cell.click();
      await page.keyboard.type(String(21 + ((r + k) % 10)));
      await page.keyboard.press('Enter');
      await page.waitForFunction((text) => document.querySelector('tr[data-kpi="CAC (paid)"] td[data-period="month0"]')?.textContent !== text, before);
    }
    await page.getByRole('button', { name: 'Sensitivity', exact: true }).click();
    await page.getByRole('tab', { name: 'Monte Carlo' }).click();
    let end = Infinity;
    if (runs) {
      const summary = page.locator(`[data-testid="mc-summary"]:has-text("seed ${seed},")`);
      await summary.waitFor({ timeout: 120_000 });
      // The run's window: from the click to its reported end (measured from a little after the click).
      end = start + Number(await summary.getAttribute('data-elapsed-ms'));
    }
    const edits = (await page.evaluate('window.__edits.splice(0)')) as [number, number][];
    for (const [t0, ms] of edits) if (t0 > start && t0 + ms < end) inside.push(ms);
  }
  if (inside.length < 10) throw new Error(`only ${inside.length} edits fell inside a run: the runs are too short to measure`);
  return inside;
}

const server = await serveFolder(process.env.DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Sensitivity' }).click();
  await page.getByRole('tab', { name: 'Monte Carlo' }).click();
  await page.getByRole('button', { name: 'Add typical ranges' }).click();
  await page.getByLabel('Runs', { exact: true }).fill('10000');
  const workerMs: number[] = [];
  const wallMs: number[] = [];
  const stallMs: number[] = [];
  const phases: Record<string, number>[] = [];
  let workers = 0;
  let firstRunMs = 0;
  for (let i = 0; i < WARM_UP + REPEATS; i++) {
    await page.getByLabel('Seed', { exact: true }).fill(String(i + 1));
    // A timer every 10 ms on the main thread: its largest lateness is the longest stall.
    // (A string, not a function: tsx would wrap a function in helpers the page does not have.)
    await page.evaluate(`(() => {
      let last = performance.now();
      const stall = { max: 0 };
      stall.id = setInterval(() => { const now = performance.now(); stall.max = Math.max(stall.max, now - last - 10); last = now; }, 10);
      window.__stall = stall;
    })()`);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const summary = page.locator(`[data-testid="mc-summary"]:has-text("seed ${i + 1},")`);
    await summary.waitFor({ timeout: 60_000 });
    const wall = Date.now() - t0;
    const stall = Number(await page.evaluate('(clearInterval(window.__stall.id), window.__stall.max)'));
    const elapsed = Number(await summary.getAttribute('data-elapsed-ms'));
    const via = await summary.getAttribute('data-via');
    workers = Number(await summary.getAttribute('data-workers'));
    phases.push(JSON.parse((await summary.getAttribute('data-phases')) ?? '{}') as Record<string, number>);
    if (via !== 'worker') throw new Error(`runs did not go to the worker (${via})`);
    if (i === 0) firstRunMs = elapsed;
    if (i < WARM_UP) continue;
    workerMs.push(elapsed);
    wallMs.push(wall);
    stallMs.push(stall);
  }
  const during = await gridDuringRuns(page);
  const control = await gridDuringRuns(page, false);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)]!;
  const round = (xs: number[]) => xs.map((x) => Math.round(x));
  process.stdout.write(`${JSON.stringify({
    benchmark: 'monte-carlo-10k-browser-worker', chromium: browser.version(), runs: 10_000, ranges: 10, workers,
    workerMedianMs: Math.round(median(workerMs)), workerMs: round(workerMs), firstRunMs: Math.round(firstRunMs),
    clickToResultMedianMs: Math.round(median(wallMs)), clickToResultMs: round(wallMs),
    mainThreadLongestStallMs: Math.round(Math.max(...stallMs)),
    gridEditToPaintDuringRuns: { edits: during.length, medianMs: Math.round(median(during) * 10) / 10, p95Ms: Math.round(p95(during) * 10) / 10 },
    gridEditToPaintSameStepsNoRun: { edits: control.length, medianMs: Math.round(median(control) * 10) / 10, p95Ms: Math.round(p95(control) * 10) / 10 },
    workerPhasesMs: phases.slice(WARM_UP).map((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Math.round(v)]))),
  })}\n`);
} finally {
  await browser.close();
  await server.close();
}
