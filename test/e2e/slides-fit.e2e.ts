// No slide cuts a headline: at 1280x800 and 1920x1080, in every theme, with the what-if panel
// open and closed, no element of any slide is wider than its box (and the body fits the slide).
// The scenario runs out of cash and is compared with the aggressive example, so every slide has
// its longest figures ("-$175.3K", "Mar 2027", "$33.7M (+$23.0M)") and the compare slide is there.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ModelChecksPage } from '../pages/model-checks-page';
import { SlidesPage, type Clipped } from '../pages/slides-page';
import { launchBrowser, trackedPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  it(`fits every slide at ${viewport.width}x${viewport.height}, in every theme, with and without What if`, async () => {
    const { page, errors } = await trackedPage(browser, viewport);
    const model = new ModelChecksPage(page);
    const slides = new SlidesPage(page);
    await model.open();
    await model.type('Operating expenses', 2027, '500K');
    await model.cashWarning().waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Scenarios', exact: true }).click();
    await page.getByRole('button', { name: 'Compare with CRM aggressive 2026-2030', exact: true }).click();
    const cut: (Clipped & { where: string })[] = [];
    let seen = 0;
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      await slides.setTheme(theme);
      await slides.start();
      for (const whatIf of [false, true]) {
        if (whatIf) await slides.toggleWhatIf();
        await slides.first();
        for (;;) {
          await slides.settled();
          const id = await slides.slideId();
          for (const c of await slides.clipped()) cut.push({ ...c, where: `${theme} ${whatIf ? 'what-if' : 'plain'} ${id}` });
          seen++;
          if (await slides.overlay().getByRole('button', { name: 'Next slide' }).isDisabled()) break;
          await slides.next();
        }
        if (whatIf) await slides.toggleWhatIf();
      }
      await slides.overlay().getByRole('button', { name: 'Exit presentation' }).click();
    }
    // 7 slides (6 and the comparison) x 2 (what-if) x 3 themes.
    expect(seen).toBe(42);
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
  });
}
