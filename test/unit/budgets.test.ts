// Budgets that CI enforces, so speed does not slide back (issue: performance), compared with
// figures recorded in BENCHMARKS.md by `npm run bench`. The size budget reads the built app, so
// it runs with the browser tests (test/e2e/bundle-budget.e2e.ts): this file needs no build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledModel } from '../../bench/bundled-model';
import { calibrationMicros, microsPerCall, recorded } from '../../bench/report';

describe('budgets', () => {
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
