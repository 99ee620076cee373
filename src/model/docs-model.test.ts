// docs/model.md stays in step with the engine: every figure the engine emits and every field an
// actual month may give is named on the page, and its worked check is the engine's answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { parseScenarioText } from './parse-scenario';
import { ACTUAL_FIGURES, ANNUAL_FIGURES, MONTHLY_FLOWS, MONTHLY_KPIS } from './types';

const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
const named = (key: string) => doc.includes(`\`${key}\``);

describe('docs/model.md', () => {
  it.each([...MONTHLY_FLOWS, ...MONTHLY_KPIS, ...ANNUAL_FIGURES, ...ACTUAL_FIGURES, 'customersByPlan', 'actualMonths', 'lastActualMonth', 'breakEvenMonth', 'lowestCash', 'lowestCashMonth', 'cashOutMonth'])('names %s', (key) => {
    expect(named(key)).toBe(true);
  });

  it("its worked check is the engine's month 0 of the baseline", () => {
    const parsed = parseScenarioText(readFileSync(new URL('../../scenarios/crm-baseline.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('the baseline must parse');
    const m = project(parsed.values).monthly;
    // The page's figures: EBITDA -64,872.67, cash 1,935,127.33, runway 29.8 months, CAC payback 9.29.
    expect(doc).toContain('**-$64,872.67**');
    expect(m.ebitda[0]).toBeCloseTo(-64_872.67, 2);
    expect(doc).toContain('**$1,935,127.33**');
    expect(m.cash[0]).toBeCloseTo(1_935_127.33, 2);
    expect(doc).toContain('**29.8 months**');
    expect(m.runwayMonths[0]).toBeCloseTo(29.8, 1);
    expect(m.cacPaybackMonths[0]).toBeCloseTo(9.29, 2);
  });
});
