// Soak (issue 9): 1,000 random valid edits through the grid with the keyboard (seeded), 500 undone
// and redone; then no console error, the file downloaded equals the edits applied by hand, the
// dashboard's figures equal a fresh engine run of that file, and the JS heap (after a forced GC)
// grew by less than HEAP_BOUND_MB.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { project } from '../../src/model/engine';
import { parseScenarioText } from '../../src/model/parse-scenario';
import type { AnnualFigure } from '../../src/model/types';
import { ScenariosPage } from '../pages/scenarios-page';
import { launchBrowser, trackedPage } from '../support/browser';

const EDITS = 1000;
const UNDOS = 500;
const SEED = 20261123;
/**
 * The heap may grow by at most this much over the soak. The undo history keeps 500 steps (its
 * limit), each a scenario with its evaluation; measured growth was about 14 MB after 400 edits.
 */
const HEAP_BOUND_MB = 40;

/** mulberry32: a small seeded generator, so the soak makes the same edits every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows the soak edits, with the range of valid values typed (rates in percent, as a user types them). */
const ROWS = [
  { label: 'Marketing budget', key: 'marketingBudget', min: 100, max: 400, scale: 1000, asTyped: 1 },
  { label: 'Visitor acquisition cost', key: 'visitorAcquisitionCost', min: 4, max: 15, scale: 1, asTyped: 1 },
  { label: 'Visitor-to-trial', key: 'visitorToTrial', min: 2, max: 12, scale: 1, asTyped: 0.01 },
  { label: 'Trial-to-paid', key: 'trialToPaid', min: 10, max: 35, scale: 1, asTyped: 0.01 },
  { label: 'COGS %', key: 'cogsPercent', min: 5, max: 20, scale: 1, asTyped: 0.01 },
  { label: 'Operating expenses', key: 'operatingExpenses', min: 20, max: 90, scale: 1000, asTyped: 1 },
] as const;
const YEARS = [2026, 2027, 2028, 2029, 2030];

interface Edit { name: string; key: string; y: number; typed: string; value: number }

/** The seeded edits; each changes its cell (so each is one undo step). */
function plannedEdits(start: Record<string, number[]>): { edits: Edit[]; final: Record<string, number[]> } {
  const next = random(SEED);
  const current = structuredClone(start);
  const edits: Edit[] = [];
  while (edits.length < EDITS) {
    const row = ROWS[Math.floor(next() * ROWS.length)]!;
    const y = Math.floor(next() * YEARS.length);
    const typedNumber = (row.min + Math.floor(next() * (row.max - row.min + 1))) * row.scale;
    const value = typedNumber * row.asTyped;
    if (Math.abs(current[row.key]![y]! - value) < 1e-12) continue;
    current[row.key]![y] = value;
    edits.push({ name: `${row.label} ${YEARS[y]}`, key: row.key, y, typed: String(typedNumber), value });
  }
  return { edits, final: current };
}

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(['--js-flags=--expose-gc']); });
afterAll(async () => { await browser?.close(); });

it(`${EDITS} seeded edits, ${UNDOS} undone and redone: no error, figures equal a fresh engine run, heap bounded`, async () => {
  // Tall enough that the whole grid is on screen: cells are clicked by their measured centres.
  const { page, errors } = await trackedPage(browser, { width: 1400, height: 2400 });
  const files = new ScenariosPage(page);
  await files.open();
  const grid = page.getByRole('grid', { name: 'Assumptions by year' });
  await grid.waitFor();
  const baseline = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as { drivers: Record<string, number[]> };
  const { edits, final } = plannedEdits(baseline.drivers);
  const heap = () => page.evaluate(() => {
    (window as Window & { gc?: () => void }).gc?.();
    return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
  });

  const started = Date.now();
  let heapBefore = NaN;
  const BATCH = 50;
  // Each cell is measured just before its click: an edit can move the grid (the cash-out warning and
  // the values-to-check list sit above it and come and go with the figures), so a position measured
  // earlier may now be another row's cell.
  const centre = (label: string) => page.evaluate((l) => {
    const r = document.querySelector(`[role="gridcell"][aria-label="${l}"]`)!.getBoundingClientRect();
    return [r.x + r.width / 2, r.y + r.height / 2] as const;
  }, label);
  for (let b = 0; b < EDITS; b += BATCH) {
    for (const e of edits.slice(b, b + BATCH)) {
      const [x, y] = await centre(e.name);
      await page.mouse.click(x, y);
      await page.keyboard.type(e.typed);
      await page.keyboard.press('Enter');
    }
    // The heap is measured once the app has warmed up (first batch done), not from a cold page.
    if (b === 0) heapBefore = await heap();
  }
  const editMs = Date.now() - started;

  for (let i = 0; i < UNDOS; i++) await page.keyboard.press('Control+z');
  for (let i = 0; i < UNDOS; i++) await page.keyboard.press('Control+Shift+z');
  expect(await page.getByRole('button', { name: 'Redo', exact: true }).isDisabled()).toBe(true);

  // The file holds exactly the edits applied by hand.
  const { text } = await files.download();
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  for (const { key } of ROWS) {
    const row = parsed.scenario.drivers[key as keyof typeof parsed.scenario.drivers] as number[];
    row.forEach((v, y) => expect(v, `${key} ${YEARS[y]}`).toBeCloseTo(final[key]![y]!, 12));
  }

  // The dashboard's figures are a fresh engine run of that file.
  const fresh = project(parsed.values);
  const last = fresh.years[fresh.years.length - 1]!;
  await files.view('Dashboard');
  await page.locator('.kpi-card[data-kpi="cash"] .kpi-headline').waitFor();
  const shown = await page.locator('.kpi-card').evaluateAll((cards) => cards.map((c) => [c.getAttribute('data-kpi'), c.querySelector('.kpi-headline')?.getAttribute('data-value') ?? null] as const));
  const ANNUAL: Record<string, AnnualFigure> = { arpu: 'arpu', cac: 'cac', fullyLoadedCac: 'fullyLoadedCac', cacPaybackMonths: 'cacPaybackMonths', grossMargin: 'grossMargin', nrr: 'nrr', ltvToCac: 'ltvToCac', mrr: 'endingMrr', arr: 'arr', customers: 'endingCustomers', ebitda: 'ebitda', cash: 'endingCash' };
  let compared = 0;
  for (const [kpi, value] of shown) {
    const expected = kpi === 'breakEven' ? fresh.summary.breakEvenMonth : kpi && ANNUAL[kpi] ? last[ANNUAL[kpi]] : undefined;
    if (expected === undefined) continue;
    compared++;
    if (expected === null) expect(value, kpi ?? '').toBe('');
    else expect(Number(value), kpi ?? '').toBeCloseTo(expected, 6);
  }
  expect(compared).toBe(13);

  await files.view('Model');
  await grid.waitFor();
  const heapAfter = await heap();
  const grownMb = (heapAfter - heapBefore) / 1e6;
  console.log(`soak: ${EDITS} edits in ${(editMs / 1000).toFixed(1)} s; heap ${(heapBefore / 1e6).toFixed(1)} -> ${(heapAfter / 1e6).toFixed(1)} MB (bound +${HEAP_BOUND_MB} MB)`);
  expect(Number.isFinite(grownMb)).toBe(true);
  expect(errors.join('\n')).toBe('');
  expect(grownMb).toBeLessThan(HEAP_BOUND_MB);
}, 240_000);
