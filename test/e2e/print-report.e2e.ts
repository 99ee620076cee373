// The printed report matches the app: rates with the grid's precision, the headline figures and the
// cash warning on the first page, page numbers and a footer naming the scenario and the date, and
// no half-empty pages. The PDF is Chromium's own print (page.pdf), read back with poppler.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ModelChecksPage } from '../pages/model-checks-page';
import { launchBrowser, trackedPage } from '../support/browser';

const OUT = 'test-results/print-report';
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); rmSync(OUT, { recursive: true, force: true }); mkdirSync(OUT, { recursive: true }); });
afterAll(async () => { await browser?.close(); });

/** Prints the page to a PDF as Ctrl+P would, and returns its text page by page. */
async function printed(page: Page, name: string): Promise<{ pages: string[]; plain: string[]; file: string }> {
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-report .report-chart svg[role="img"]').nth(6).waitFor();
  const file = `${OUT}/${name}.pdf`;
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  // Laid out (table rows stay on one line) and in reading order (a cell's wrapped text stays together).
  const split = (text: string) => text.split('\f').filter((p) => p.trim() !== '');
  const pages = split(execFileSync('pdftotext', ['-layout', file, '-']).toString());
  const plain = split(execFileSync('pdftotext', [file, '-']).toString()).map((p) => p.replace(/\s+/g, ' '));
  await page.emulateMedia({ media: 'screen' });
  return { pages, plain, file };
}

/** How far down each page the ink reaches, as a share of the page above the footer margin. */
function filled(file: string): number[] {
  const prefix = `${file}-gray`;
  execFileSync('pdftoppm', ['-gray', '-r', '30', file, prefix]);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  const digits = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    const pgm = readFileSync(`${prefix}-${String(i + 1).padStart(digits, '0')}.pgm`);
    // P5 header: "P5\n<w> <h>\n255\n", then one byte per pixel.
    const [, w, h, headerLength] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!.map((x, k) => (k === 0 ? x.length : Number(x))) as number[];
    const pixels = pgm.subarray(headerLength);
    // The footer sits in the bottom 14 mm of 297 mm: the body ends above it.
    const body = Math.floor(h! * (1 - 14 / 297));
    let last = 0;
    for (let y = 0; y < body; y++) for (let x = 0; x < w!; x++) if (pixels[y * w! + x]! < 200) { last = y; break; }
    return last / body;
  });
}

it('prints 6.75 % as 6.75 %, the headline figures and the cash warning first, a footer and page numbers on every page', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new ModelChecksPage(page);
  await app.open();
  // The baseline's 2027 visitor-to-trial is 6.75 %; the grid shows it so, and so must the paper.
  expect(await app.cellOf('Visitor-to-trial', 2027).locator('.cell-value').innerText()).toBe('6.75%');
  await app.type('Operating expenses', 2027, '500K');
  await app.cashWarning().waitFor();
  const warning = (await app.cashWarning().innerText()).replace(/^!\s*/, '');
  const { pages, plain, file } = await printed(page, 'cash-out');

  const all = pages.join('\n');
  // The row label carries its unit ("Visitor-to-trial (of visitors)"), then the five years.
  expect(all).toMatch(/Visitor-to-trial \(of visitors\)\s+6\.0%\s+6\.75%\s+7\.5%\s+8\.25%\s+9\.0%/);
  expect(all).not.toContain('6.8%');
  // The first page holds the scenario, the cash warning in the app's words, the headline figures
  // and the targets summary, which counts the cash.
  expect(pages[0]).toContain('CRM baseline 2026-2030');
  expect(plain[0]).toContain(warning);
  expect(plain[0]).toContain('ARR, 2030');
  expect(plain[0]).toMatch(/\$10,\d{3},\d{3}/); // the 2030 ARR the operating expenses do not move
  expect(plain[0]).toContain('CAC payback (paid CAC), 2030');
  expect(plain[0]).toMatch(/\d of \d+ met, cash runs out/);
  // Every page names the scenario and the date, and its number out of the total.
  const date = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
  pages.forEach((text, i) => {
    expect(text).toContain(`CRM baseline 2026-2030 · ${date}`);
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
  });
  // Compact: every page but the last is filled at least two thirds of the way down.
  const fill = filled(file);
  expect(fill).toHaveLength(pages.length);
  for (const f of fill.slice(0, -1)) expect(f).toBeGreaterThan(2 / 3);
  expect(errors).toEqual([]);
});

it('prints no cash warning for a scenario whose cash stays above zero', async () => {
  const { page, errors } = await trackedPage(browser);
  const app = new ModelChecksPage(page);
  await app.open();
  const { pages, plain } = await printed(page, 'baseline');
  expect(pages.join('\n')).not.toContain('Cash runs out');
  expect(plain[0]).toMatch(/\d of \d+ met/);
  expect(plain[0]).not.toContain('cash runs out');
  expect(errors).toEqual([]);
});
