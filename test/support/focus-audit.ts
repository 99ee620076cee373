// Keyboard checks of a page: every control has a name a screen reader can say, and every stop of
// the Tab key shows where the keyboard is (an outline, a shadow, or, on an SVG control, a stroke
// around its first shape, as the tornado's bars draw it).
import type { Page } from 'playwright-core';
import { inPage } from './in-page';

/** Runs in the page: the controls with no accessible name (their HTML, shortened). */
function unnamed(): string[] {
  const text = (id: string) => document.getElementById(id)?.textContent ?? '';
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], [role="slider"], [role="tab"], [role="button"], [tabindex="0"]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0 && (el as HTMLInputElement).type !== 'file') continue;
    const byRole = el.tagName === 'BUTTON' || el.tagName === 'A' || el.getAttribute('role') === 'tab' || el.getAttribute('role') === 'button';
    const labels = (el as HTMLInputElement).labels;
    const name = (el.getAttribute('aria-label') ?? '').trim()
      || (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map(text).join(' ').trim()
      || (labels ? [...labels].map((l) => l.textContent).join(' ').trim() : '')
      || (byRole ? (el.textContent ?? '').trim() : '')
      || (el.getAttribute('title') ?? '').trim();
    if (!name) out.push(el.outerHTML.slice(0, 160));
  }
  return out;
}

/** Runs in the page: the focused element's HTML (shortened) if it shows no focus, else null. */
function focusedWithoutRing(): string | null {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return null;
  if (s.boxShadow !== 'none') return null;
  const shape = el instanceof SVGElement ? el.querySelector('rect, path, circle') : null;
  if (shape && getComputedStyle(shape).stroke !== 'none' && parseFloat(getComputedStyle(shape).strokeWidth) > 0) return null;
  return el.outerHTML.slice(0, 160);
}

/** Runs in the page: a stop before the first one, so Tab starts there wherever the last click was. */
function markStart(): void {
  const start = document.createElement('span');
  start.id = 'focus-audit-start';
  start.tabIndex = -1;
  document.body.prepend(start);
  start.focus();
}

function unmarkStart(): void {
  document.getElementById('focus-audit-start')?.remove();
}

/** The controls on the page with no accessible name (their HTML, shortened). */
export function unnamedControls(page: Page): Promise<string[]> {
  return inPage(page, unnamed);
}

/** Tabs `stops` times from the top of the page: the stops that show no focus (their HTML, shortened). */
export async function stopsWithoutFocusRing(page: Page, stops: number): Promise<string[]> {
  await inPage(page, markStart);
  const missing = new Set<string>();
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const miss = await inPage(page, focusedWithoutRing);
    if (miss) missing.add(miss);
  }
  await inPage(page, unmarkStart);
  return [...missing];
}
