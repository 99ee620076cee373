// `npx vite build && npx tsx bench/browser-monte-carlo.ts`: 10,000 Monte Carlo runs of the
// baseline with ranges on 10 inputs, in the app's Web Workers in headless Chromium (one per core,
// at most four). `workerMs` is the time the app reports: inside the worker with one worker; with
// several, from handing out the shares to the combined percentiles coming back. While the runs go
// on, the main thread's longest stall is measured with a 10 ms timer (it includes drawing the
// results): the grid stays responsive if it stays small. Prints one JSON object.
import { chromium } from 'playwright-core';
import { serveFolder } from '../test/support/static-server';

const REPEATS = 5;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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
  for (let i = 0; i <= REPEATS; i++) {
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
    if (i === 0) continue; // warm-up: the first run also loads and compiles the worker
    workerMs.push(elapsed);
    wallMs.push(wall);
    stallMs.push(stall);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const round = (xs: number[]) => xs.map((x) => Math.round(x));
  process.stdout.write(`${JSON.stringify({
    benchmark: 'monte-carlo-10k-browser-worker', chromium: browser.version(), runs: 10_000, ranges: 10, workers,
    workerMedianMs: Math.round(median(workerMs)), workerMs: round(workerMs),
    clickToResultMedianMs: Math.round(median(wallMs)), clickToResultMs: round(wallMs),
    mainThreadLongestStallMs: Math.round(Math.max(...stallMs)),
    workerPhasesMs: phases.slice(1).map((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Math.round(v)]))),
  })}\n`);
} finally {
  await browser.close();
  await server.close();
}
