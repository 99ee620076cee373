// The size budget that CI enforces on the built app (issue: performance), run with the browser
// tests because it reads dist/, which they build first; `npm run test:unit` needs no build.
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../bench/bundle-size';

const INITIAL_JS_BUDGET_KB = 180;

describe('budgets', () => {
  it(`the app's initial JavaScript is at most ${INITIAL_JS_BUDGET_KB} KB gzipped`, () => {
    const { initialJsKbGzip, chunks } = bundleSizes();
    if (initialJsKbGzip === null) throw new Error('dist/ is missing: `npm run test:e2e` builds it first (or run `npx vite build`)');
    // The lazy chunks must exist too: the views and the exports are split off the first screen.
    expect(chunks.some((c) => !c.initial)).toBe(true);
    expect(initialJsKbGzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  });
});
