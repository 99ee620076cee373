import type { Page } from 'playwright-core';

/**
 * Runs `fn` in the page and returns its result. tsx and vite's esbuild may wrap a function's inner
 * functions in a `__name` helper that exists only in Node; an identity stands in for it in the
 * page, so the audits can be written as typed functions rather than strings.
 */
export async function inPage<R>(page: Page, fn: () => R): Promise<R> {
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(fn);
}
