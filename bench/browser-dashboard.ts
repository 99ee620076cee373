// Dashboard speed in headless Chromium, against the built app (run `npx vite build` first):
//   npx tsx bench/browser-dashboard.ts [--steps 60] [--runs 1] [--dist dist]
// Prints JSON: a what-if slider step (arrow key) to the next painted frame, median and p95, with
// the Dashboard's 7 charts and 13 cards all on screen. Goal (issue 4): median <= 16 ms.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serveFolder } from '../test/support/static-server';
import { median, percentile } from './report';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same flags as test/support/browser.ts (which needs vitest's inject, so is not imported).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

// Plain text, not a function: tsx's transform would add helpers that the page does not have.
// A capture listener on window runs before React's; a requestAnimationFrame after it and a
// message posted from there run once the frame holding the new figures has been painted.
const PROBE = `
  window.__times = [];
  window.addEventListener('keydown', () => {
    const t0 = performance.now();
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => window.__times.push(performance.now() - t0); c.port2.postMessage(null); });
  }, true);
`;

/** Dashboard, every chart on screen: a what-if slider step (arrow key) to the next painted frame. */
export async function dashboardEdits(browser: Browser, url: string, n: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 4600 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Dashboard' }).click();
    await page.getByRole('button', { name: 'What if…' }).click();
    const slider = page.getByRole('slider', { name: 'Trial-to-paid', exact: true });
    await slider.focus();
    await page.evaluate(PROBE);
    // The first steps warm up the JIT; they are not counted.
    for (let i = 0; i < n + 5; i++) {
      await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(30);
    }
    const times = (await page.evaluate('window.__times')) as number[];
    return times.slice(5);
  } finally {
    await context.close();
  }
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const dist = option('dist', 'dist');
  const steps = Number(option('steps', '60'));
  const runs = Number(option('runs', '1'));
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npx vite build\` first`);
  const server = await serveFolder(dist);
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS, headless: true });
  const r1 = (x: number) => Math.round(x * 10) / 10;
  try {
    const perRun: { medianMs: number; p95Ms: number }[] = [];
    const all: number[] = [];
    for (let r = 0; r < runs; r++) {
      const times = await dashboardEdits(browser, server.url, steps);
      perRun.push({ medianMs: r1(median(times)), p95Ms: r1(percentile(times, 95)) });
      all.push(...times);
    }
    console.log(JSON.stringify({ steps, runs: perRun, all: { medianMs: r1(median(all)), p95Ms: r1(percentile(all, 95)) } }, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
