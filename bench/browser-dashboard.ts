// Dashboard speed in headless Chromium, against the built app (run `npx vite build` first):
//   npx tsx bench/browser-dashboard.ts [--steps 60] [--runs 1] [--warmup 5] [--dist dist] [--trace] [--press]
// Prints JSON: a what-if slider step (an arrow key, tapped as by hand: keys.ts; --press sends it
// with Playwright's press(), as until session 7) to the next painted frame (the slider and its
// figure), median and p95, and to the first painted frame in which every card, chart and table
// shows the new projection, with the Dashboard's 7 charts and 13 cards all on screen (goals,
// issue 20: input median <= 16 ms, settled p95 <= 50 ms); what one
// step changes (React fibers rendered, DOM records: figures that only move when the code does);
// and the machine's floor (browser-floor.ts: a blank page with 0 and 10 ms of work per step).
// --trace adds a run, not counted (tracing slows the page), recorded with Chromium's tracing, and
// writes to stderr where the main thread's time goes per step (median): the input handler (React),
// style, layout (and the objects it relaid out), pre-paint, paint, layerize and the commit.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveFolder } from '../test/support/static-server';
import { frameFloor } from './browser-floor';
import { pressKey, type KeyStyle } from './keys';
import { median, percentile } from './report';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same flags as test/support/browser.ts (which needs vitest's inject, so is not imported).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

// Plain text, not a function: tsx's transform would add helpers that the page does not have.
// A capture listener on window runs before React's; a requestAnimationFrame after it and a
// message posted from there run once the frame holding the slider's new value has been painted
// (input). From that frame on, each frame's animation callback checks whether every region of the
// dashboard (cards, targets, charts, tables: data-projection) shows the projection of the slider's
// new value (data-live-projection): the first such frame, once painted (a message posted from that
// same callback, as for input), is the step settled. (Until session 7 settled waited for the frame
// after that one, a frame more than input did.)
// __stale counts painted frames whose slider figure had not changed yet (it should stay 0).
// The marks let --trace cut the trace into steps.
const PROBE = `
  window.__times = [];
  window.__settled = [];
  window.__stale = 0;
  const afterPaint = (then) => { const c = new MessageChannel(); c.port1.onmessage = then; c.port2.postMessage(null); };
  window.addEventListener('keydown', () => {
    const t0 = performance.now();
    performance.mark('step-start');
    const root = document.querySelector('.dashboard');
    const output = () => document.querySelector('#dashboard-what-if .what-if-slider:focus-within output');
    const shownBefore = output() ? output().textContent : null;
    const liveBefore = root.dataset.liveProjection;
    const settled = () => {
      const live = root.dataset.liveProjection;
      if (live === liveBefore) return false;
      for (const r of [root, ...root.querySelectorAll('[data-projection]')]) if (r.dataset.projection !== live) return false;
      return true;
    };
    requestAnimationFrame(() => {
      if (output() && output().textContent === shownBefore) window.__stale++;
      afterPaint(() => { window.__times.push(performance.now() - t0); performance.mark('step-end'); });
      const check = () => { if (settled()) afterPaint(() => window.__settled.push(performance.now() - t0)); else requestAnimationFrame(check); };
      check();
    });
  }, true);
`;

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { type?: string; nodeName?: string }; beginData?: { dirtyObjects?: number } } }

// Main-thread trace events per phase; Paint is counted at the document only (it nests).
const PHASES: Record<string, (e: TraceEvent) => boolean> = {
  input: (e) => e.name === 'EventDispatch' && (e.args?.data?.type === 'input' || e.args?.data?.type === 'change'),
  style: (e) => e.name === 'UpdateLayoutTree',
  layout: (e) => e.name === 'Layout',
  prePaint: (e) => e.name === 'PrePaint',
  paint: (e) => e.name === 'Paint' && e.args?.data?.nodeName === '#document',
  layerize: (e) => e.name === 'Layerize',
  commit: (e) => e.name === 'Commit',
};

/** Median milliseconds per step of each phase, and of the layout objects relaid out. */
function phases(events: TraceEvent[]): Record<string, number> {
  const marks = (name: string) => events.filter((e) => e.name === name).map((e) => e.ts).sort((a, b) => a - b);
  const starts = marks('step-start'), ends = marks('step-end');
  const main = events.find((e) => e.name === 'step-start');
  const own = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid);
  const per: Record<string, number[]> = {};
  for (const t0 of starts) {
    const t1 = ends.find((t) => t > t0) ?? t0;
    const inside = own.filter((e) => e.ts >= t0 - 2000 && e.ts <= t1);
    for (const [k, match] of Object.entries(PHASES)) (per[k] ??= []).push(inside.filter(match).reduce((a, e) => a + (e.dur ?? 0) / 1000, 0));
    (per['step'] ??= []).push((t1 - t0) / 1000);
    (per['dirtyObjects'] ??= []).push(inside.filter((e) => e.name === 'Layout').reduce((a, e) => a + (e.args?.beginData?.dirtyObjects ?? 0), 0));
    // The whole step, deferred render included: main-thread tasks until the next step starts.
    const next = starts.find((t) => t > t0) ?? Infinity;
    const busy = own.filter((e) => e.name === 'RunTask' && e.ts >= t0 - 2000 && e.ts < next);
    (per['wholeStepBusy'] ??= []).push(busy.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0));
    (per['wholeStepLayout'] ??= []).push(own.filter((e) => e.name === 'Layout' && e.ts >= t0 && e.ts < next).reduce((a, e) => a + (e.dur ?? 0) / 1000, 0));
    (per['wholeStepPaint'] ??= []).push(own.filter((e) => PHASES.paint!(e) && e.ts >= t0 && e.ts < next).reduce((a, e) => a + (e.dur ?? 0) / 1000, 0));
  }
  return Object.fromEntries(Object.entries(per).map(([k, v]) => [k, Math.round(median(v) * 100) / 100]));
}

/** The app on the Dashboard, what-if panel open, the trial-to-paid slider focused. */
async function openSlider(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await page.getByRole('button', { name: 'What if…' }).click();
  await page.getByRole('slider', { name: 'Trial-to-paid', exact: true }).focus();
  return page;
}

export interface DashboardSteps {
  /** Slider step (arrow key) to the next painted frame, which shows the slider and its figure. */
  input: number[];
  /** The same step to the first painted frame in which every card, chart and table shows its projection. */
  settled: number[];
  /** Painted frames after a step whose slider figure had not moved yet (should be 0). */
  stale: number;
}

/** Dashboard, every chart on screen: what-if slider steps, each waited on until the whole page settled. */
export async function dashboardEdits(browser: Browser, url: string, n: number, trace = false, warmup = 5, keys: KeyStyle = 'tap'): Promise<DashboardSteps> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 4600 } });
  try {
    const page = await openSlider(context, url);
    await page.evaluate(PROBE);
    const cdp = trace ? await context.newCDPSession(page) : null;
    const events: TraceEvent[] = [];
    cdp?.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    // The first steps warm up the JIT; they are not counted.
    for (let i = 0; i < n + warmup; i++) {
      if (i === warmup) await cdp?.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
      await pressKey(page, i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft', keys);
      await page.waitForFunction((k) => (window as unknown as { __settled: number[] }).__settled.length > k, i);
      await page.waitForTimeout(30);
    }
    if (cdp) {
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await done;
      console.error(JSON.stringify({ tracedMedianMsPerStep: phases(events) }));
    }
    const { times, settled, stale } = (await page.evaluate('({ times: window.__times, settled: window.__settled, stale: window.__stale })')) as { times: number[]; settled: number[]; stale: number };
    return { input: times.slice(warmup), settled: settled.slice(warmup), stale };
  } finally {
    await context.close();
  }
}

// Counts, per step, what the page changes, through two observers installed before the app loads:
// a MutationObserver (DOM records by type) and React's devtools hook, which is told of every
// commit; a component or element counts as rendered when its props or state are not those seen
// at the previous commit (it reads React's fiber fields: a benchmark's view, not the app's).
const WORK_PROBE = `
  window.__work = null;
  const seen = new WeakMap();
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; }, checkDCE() {},
    onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const visit = (f) => {
        for (; f; f = f.sibling) {
          let rec = seen.get(f) || (f.alternate && seen.get(f.alternate));
          if (!rec) { rec = {}; seen.set(f, rec); if (f.alternate) seen.set(f.alternate, rec); }
          const rendered = rec.p !== undefined && (rec.p !== f.memoizedProps || rec.s !== f.memoizedState);
          rec.p = f.memoizedProps; rec.s = f.memoizedState;
          if (rendered && window.__work) window.__work.rendered++;
          visit(f.child);
        }
      };
      visit(root.current);
    },
  };
  new MutationObserver((records) => {
    if (!window.__work) return;
    for (const r of records) window.__work[r.type]++;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

export interface StepWork { rendered: number; characterData: number; attributes: number; childList: number }

/** What one what-if step changes on the dashboard: React fibers rendered and DOM records, median of `n` steps. */
export async function dashboardWork(browser: Browser, url: string, n = 20): Promise<StepWork> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 4600 } });
  try {
    await context.addInitScript(WORK_PROBE);
    const page = await openSlider(context, url);
    const steps: StepWork[] = [];
    for (let i = 0; i < n + 5; i++) {
      // One way only: a step back to the opened value would also take away "Unsaved changes".
      await page.evaluate('window.__work = { rendered: 0, characterData: 0, attributes: 0, childList: 0 }');
      await pressKey(page, 'ArrowRight');
      await page.waitForTimeout(50);
      if (i >= 5) steps.push((await page.evaluate('window.__work')) as StepWork);
    }
    const mid = (k: keyof StepWork) => median(steps.map((s) => s[k]));
    return { rendered: mid('rendered'), characterData: mid('characterData'), attributes: mid('attributes'), childList: mid('childList') };
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
  const warmup = Number(option('warmup', '5'));
  const keys: KeyStyle = process.argv.includes('--press') ? 'press' : 'tap';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npx vite build\` first`);
  const server = await serveFolder(dist);
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS, headless: true });
  const r1 = (x: number) => Math.round(x * 10) / 10;
  try {
    if (process.argv.includes('--trace')) await dashboardEdits(browser, server.url, steps, true, warmup, keys);
    const perRun: { medianMs: number; p95Ms: number; settledMedianMs: number; settledP95Ms: number }[] = [];
    const all: number[] = [];
    const allSettled: number[] = [];
    for (let r = 0; r < runs; r++) {
      const { input, settled } = await dashboardEdits(browser, server.url, steps, false, warmup, keys);
      perRun.push({ medianMs: r1(median(input)), p95Ms: r1(percentile(input, 95)), settledMedianMs: r1(median(settled)), settledP95Ms: r1(percentile(settled, 95)) });
      all.push(...input);
      allSettled.push(...settled);
    }
    const work = await dashboardWork(browser, server.url);
    const floor = { busy0Ms: r1(median(await frameFloor(browser, 0))), busy10Ms: r1(median(await frameFloor(browser, 10))) };
    console.log(JSON.stringify({ keys, steps, warmup, runs: perRun, all: { medianMs: r1(median(all)), p95Ms: r1(percentile(all, 95)), settledMedianMs: r1(median(allSettled)), settledP95Ms: r1(percentile(allSettled, 95)) }, work, floor }, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
