// How the browser benchmarks press a key: as a hand does, held for about a tenth of a second.
//
// Playwright's `keyboard.press()` sends the key up within a millisecond of the key down. After a
// key up, Chromium holds the page's posted tasks until it has painted the next frame, so both the
// probes' "after the paint" messages and React's deferred work waited up to a frame more than
// they do when a person presses the key (measured in session 8 on a blank page: a message posted
// from the key's animation frame ran 10.3 ms after the key with press(), 4.0 ms with the key held).
// Key presses by hand last about 100 ms, longer than any step measured here, so the key up never
// falls inside a step. `PRESS` keeps the old way for figures that compare with earlier sessions.
import type { Page } from 'playwright-core';

/** How long a tapped key stays down. */
export const TAP_MS = 100;

export type KeyStyle = 'tap' | 'press';

/** Presses `key`: held TAP_MS then released ('tap'), or Playwright's press(), up at once ('press'). */
export async function pressKey(page: Page, key: string, style: KeyStyle = 'tap'): Promise<void> {
  if (style === 'press') {
    await page.keyboard.press(key);
    return;
  }
  await page.keyboard.down(key);
  await page.waitForTimeout(TAP_MS);
  await page.keyboard.up(key);
}
