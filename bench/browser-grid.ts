// Grid speed in headless Chromium, against the built app (run `npx vite build` first):
//   npx tsx bench/browser-grid.ts [--edits 60] [--dist dist]
// Prints JSON: edit-to-paint median and p95 (from the Enter that commits a typed value to the
// first frame painted after it; Enter tapped as by hand: keys.ts), and the longest task while dragging a what-if slider.
// Targets (issue 3): median <= 16 ms, p95 <= 33 ms; no long task over 50 ms during a drag.
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { serveFolder } from '../test/support/static-server';
import { pressKey } from './keys';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same flags as test/support/browser.ts (which needs vitest's inject, so is not imported).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const round = (x: number) => Math.round(x * 100) / 100;

// In the page: a capture listener on window runs before React's, so the mark is taken before
// the commit; a requestAnimationFrame after it and a message posted from there run once the
// frame holding the new figures has been painted.
function instrument(): void {
  const w = window as unknown as { editTimes: number[] };
  w.editTimes = [];
  window.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement) || !e.target.classList.contains('cell-editor')) return;
    performance.mark('commit-start');
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.mark('commit-painted');
        w.editTimes.push(performance.measure('edit-to-paint', 'commit-start', 'commit-painted').duration);
      };
      channel.port2.postMessage(null);
    });
  }, true);
}

export async function editToPaint(page: Page, edits: number): Promise<number[]> {
  await page.evaluate(instrument);
  const cell = page.getByRole('gridcell', { name: 'Trial-to-paid 2026', exact: true });
  const cac = page.locator('tr[data-kpi="CAC (paid)"] td[data-period="month0"]');
  for (let i = 0; i < edits; i++) {
    await cell.click();
    await page.keyboard.type(String(21 + (i % 10)));
    const before = await cac.innerText();
    await pressKey(page, 'Enter');
    // Each edit changes the month-0 CAC, so a missing repaint would be caught here.
    await page.waitForFunction((text) => document.querySelector('tr[data-kpi="CAC (paid)"] td[data-period="month0"]')?.textContent !== text, before);
  }
  await page.waitForFunction((n) => (window as unknown as { editTimes: number[] }).editTimes.length >= n, edits);
  return page.evaluate(() => (window as unknown as { editTimes: number[] }).editTimes);
}

// Plain text, not a function: tsx's transform would add helpers that the page does not have.
const DRAG_PROBE = `
  window.longTasks = []; window.frameGaps = []; window.changes = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); }).observe({ type: 'longtask' });
  const cac = document.querySelector('tr[data-kpi="CAC (paid)"] td[data-period="month0"]');
  new MutationObserver(() => { window.changes++; }).observe(cac, { subtree: true, childList: true, characterData: true });
  let last = performance.now();
  requestAnimationFrame(function frame(t) { window.frameGaps.push(t - last); last = t; requestAnimationFrame(frame); });
`;

export async function sliderDrag(page: Page): Promise<{ longestTaskMs: number; longTasks: number; longestFrameMs: number; changes: number }> {
  await page.getByRole('button', { name: 'Show what-if' }).click();
  await page.evaluate(DRAG_PROBE);
  const box = (await page.getByRole('slider', { name: 'Trial-to-paid', exact: true }).boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 8 + (box.width - 16) / 3, y);
  await page.mouse.down();
  // Back and forth across the track, as a presenter would.
  await page.mouse.move(box.x + box.width - 8, y, { steps: 60 });
  await page.mouse.move(box.x + 8, y, { steps: 60 });
  await page.mouse.move(box.x + box.width / 2, y, { steps: 30 });
  await page.mouse.up();
  await page.waitForTimeout(200);
  const r = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; frameGaps: number[]; changes: number };
    return { longTasks: w.longTasks, frames: w.frameGaps, changes: w.changes };
  });
  return { longestTaskMs: round(Math.max(0, ...r.longTasks)), longTasks: r.longTasks.length, longestFrameMs: round(Math.max(...r.frames.slice(1))), changes: r.changes };
}

async function main(): Promise<void> {
  const dist = option('dist', 'dist');
  const edits = Number(option('edits', '60'));
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npx vite build\` first`);
  const server = await serveFolder(dist);
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS, headless: true });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(server.url);
    await page.getByRole('grid', { name: 'Assumptions by year' }).waitFor();
    // The first edits warm up the JIT and the formula caches; they are not counted.
    const times = (await editToPaint(page, edits + 5)).slice(5);
    const drag = await sliderDrag(page);
    console.log(JSON.stringify({
      scenario: 'crm-baseline',
      editToPaint: { edits: times.length, medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)), maxMs: round(Math.max(...times)) },
      sliderDrag: drag,
    }, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
