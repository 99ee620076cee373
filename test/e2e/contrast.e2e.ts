// Every text on screen reads at WCAG AA contrast (4.5:1, 3:1 for large text) in all three themes,
// in each view and in the states a planner meets: a problem and a value to check on the grid, the
// what-if sliders, both tabs of the actuals, a refused value's message, an import waiting to be
// confirmed, a comparison, the slides, on a window 4,000 px tall so that a view's lower half is
// read too. The audit
// (test/support/contrast-audit.ts) reads the colours as painted, so a theme variable that only
// works on a light background is caught where it is used.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppPage } from '../pages/app-page';
import { APP_STATES, type AppState } from '../pages/app-states';
import { launchBrowser, trackedPage } from '../support/browser';
import { auditContrast } from '../support/contrast-audit';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

// Every state but the bare Model view, which the one with a problem and a value to check covers.
const STATES: [string, AppState][] = Object.entries(APP_STATES).filter(([name]) => name !== 'Model');

it('finds a planted text too faint for its background, and passes one that reads (the audit itself)', async () => {
  const { page, errors } = await trackedPage(browser);
  await new AppPage(page).open();
  await page.evaluate(() => {
    const add = (text: string, color: string, background: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      Object.assign(p.style, { position: 'fixed', top: '300px', left: '300px', color, background, fontSize: '16px', margin: '0' });
      document.body.append(p);
      return p;
    };
    // #777 on #fff is 4.48:1, just under AA; #767676 on #fff is 4.54:1, the lightest grey that passes.
    add('too faint', '#777777', '#ffffff').style.top = '300px';
    add('just reads', '#767676', '#ffffff').style.top = '340px';
  });
  const misses = await auditContrast(page);
  expect(misses.map((m) => m.text)).toEqual(['too faint']);
  expect(misses[0]!.ratio).toBeCloseTo(4.48, 2);
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark', 'contrast'] as const) {
  it(`reads at AA contrast everywhere in the ${theme} theme`, async () => {
    const { page, errors } = await trackedPage(browser, { width: 1280, height: 4000 });
    const app = new AppPage(page);
    const found: string[] = [];
    for (const [name, state] of STATES) {
      await app.open(state.query ?? '');
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await state.reach(page);
      // The deferred regions follow a frame later; then nothing moves.
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      for (const m of await auditContrast(page)) found.push(`${name}: "${m.text}" (${m.where}) ${m.ratio}:1, needs ${m.needed}:1: ${m.fg} on ${m.bg}`);
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
}
