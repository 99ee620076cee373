// Budgets that CI enforces, so speed and size do not slide back (issue: performance). Both
// compare against figures recorded in BENCHMARKS.md by `npm run bench`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleSizes } from '../../bench/bundle-size';
import { bundledModel } from '../../bench/bundled-model';
import { calibrationMicros, microsPerCall, recorded } from '../../bench/report';

const INITIAL_JS_BUDGET_KB = 180;

describe('budgets', () => {
  it(`the app's initial JavaScript is at most ${INITIAL_JS_BUDGET_KB} KB gzipped`, () => {
    const { initialJsKbGzip, chunks } = bundleSizes();
    if (initialJsKbGzip === null) throw new Error('dist/ is missing: `npm test` builds it first (or run `npx vite build`)');
    // The lazy chunks must exist too: the views and the exports are split off the first screen.
    expect(chunks.some((c) => !c.initial)).toBe(true);
    expect(initialJsKbGzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  });

  it('the engine is not more than 3 times slower than recorded, relative to a calibration workload', async () => {
    const engine = recorded('engineMicros');
    const calibration = recorded('calibrationMicros');
    if (engine === null || calibration === null) throw new Error('BENCHMARKS.md has no recorded engine figure: run `npm run bench`');
    // The engine as the app ships it, bundled: the way `npm run bench` recorded it.
    const { parseScenario, project } = await bundledModel();
    const parsed = parseScenario(JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')));
    if (!parsed.ok) throw new Error('baseline does not parse');
    const values = parsed.values;
    // A ratio to a fixed workload measured in the same run: a slower or busier machine moves
    // both, a slower engine moves only one.
    const now = microsPerCall(() => project(values), 1000, 15) / calibrationMicros();
    const then = engine / calibration;
    expect(now / then).toBeLessThan(3);
  });
});
