// Keyboard checks of a page: every control has a name a screen reader can say, and every stop of
// the Tab key shows where the keyboard is (an outline, a shadow, or, on an SVG control, a stroke
// around its first shape, as the tornado's bars draw it).
import type { Page } from 'playwright-core';

/** The controls on the page with no accessible name (their HTML, shortened). */
export async function unnamedControls(page: Page): Promise<string[]> {
  // Plain text: tsx would wrap the inner functions in a helper the page does not have.
  return page.evaluate(`(() => {
    const text = (id) => document.getElementById(id)?.textContent ?? '';
    const out = [];
    for (const el of document.querySelectorAll('input, select, textarea, button, a[href], [role="slider"], [role="tab"], [role="button"], [tabindex="0"]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0 && el.type !== 'file') continue;
      const byRole = el.tagName === 'BUTTON' || el.tagName === 'A' || el.getAttribute('role') === 'tab' || el.getAttribute('role') === 'button';
      const name = (el.getAttribute('aria-label') ?? '').trim()
        || (el.getAttribute('aria-labelledby') ?? '').split(/\\s+/).map(text).join(' ').trim()
        || (el.labels ? [...el.labels].map((l) => l.textContent).join(' ').trim() : '')
        || (byRole ? el.textContent.trim() : '')
        || (el.getAttribute('title') ?? '').trim();
      if (!name) out.push(el.outerHTML.slice(0, 160));
    }
    return out;
  })()`);
}

/** Tabs `stops` times from the top of the page: the stops that show no focus (their HTML, shortened). */
export async function stopsWithoutFocusRing(page: Page, stops: number): Promise<string[]> {
  // A stop before the first one: Tab starts from it, wherever the last click was.
  await page.evaluate(`(() => {
    const start = document.createElement('span');
    start.id = 'focus-audit-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  })()`);
  const missing = new Set<string>();
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const miss = await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return null;
      if (s.boxShadow !== 'none') return null;
      const shape = el instanceof SVGElement ? el.querySelector('rect, path, circle') : null;
      if (shape && getComputedStyle(shape).stroke !== 'none' && parseFloat(getComputedStyle(shape).strokeWidth) > 0) return null;
      return el.outerHTML.slice(0, 160);
    })()`) as string | null;
    if (miss) missing.add(miss);
  }
  await page.evaluate("document.getElementById('focus-audit-start')?.remove()");
  return [...missing];
}
