// A planner who works from the keyboard, or with a screen reader, can reach and name every control:
// in each view every control has an accessible name, and each of the first stops of the Tab key
// shows where the keyboard is.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppPage } from '../pages/app-page';
import { APP_STATES, type AppState, type AppStateName } from '../pages/app-states';
import { launchBrowser, trackedPage } from '../support/browser';
import { stopsWithoutFocusRing, unnamedControls } from '../support/focus-audit';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const VIEWS: AppStateName[] = ['Model', 'Dashboard with the what-if sliders', 'Actuals, entering', 'Scenarios', 'Compare with a file', 'Sensitivity', 'Guide', 'Slides with the what-if sliders'];

for (const name of VIEWS) {
  const state: AppState = APP_STATES[name];
  it(`${name}: every control has a name, and the first 60 Tab stops show the focus`, async () => {
    const { page, errors } = await trackedPage(browser);
    await new AppPage(page).open(state.query ?? '');
    await state.reach(page);
    expect(await unnamedControls(page)).toEqual([]);
    expect(await stopsWithoutFocusRing(page, 60)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

it('the audit finds an unnamed control and a stop with no focus ring (the checks themselves)', async () => {
  const { page, errors } = await trackedPage(browser);
  await new AppPage(page).open();
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'planted';
    input.style.outline = 'none';
    document.body.prepend(input);
  });
  expect((await unnamedControls(page)).filter((h) => h.includes('planted'))).toHaveLength(1);
  expect((await stopsWithoutFocusRing(page, 1)).filter((h) => h.includes('planted'))).toHaveLength(1);
  expect(errors).toEqual([]);
});
