import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { parseScenario } from './parse-scenario';
import { serializeScenario } from './serialize';
import { typicalRanges } from './uncertainty';

const withRanges = (uncertainty: unknown) => parseScenario({ ...baseline, uncertainty });
const messages = (uncertainty: unknown) => {
  const r = withRanges(uncertainty);
  return r.ok ? [] : r.problems.map((p) => `${p.place}: ${p.message}`);
};

describe('the uncertainty field', () => {
  it('is optional, and typical ranges on the baseline are valid (10 inputs)', () => {
    expect(parseScenario(baseline).ok).toBe(true);
    expect(typicalRanges(baseline as never)).toHaveLength(10);
    expect(messages(typicalRanges(baseline as never))).toEqual([]);
  });

  it('keeps unknown fields of an entry and survives a save', () => {
    const r = withRanges([{ row: 'churn_pro', year: 2027, low: 0.01, mode: 0.0125, high: 0.02, note: 'from the 2025 cohort' }]);
    if (!r.ok) throw new Error('should parse');
    expect(r.scenario.uncertainty).toEqual([{ row: 'churn_pro', year: 2027, low: 0.01, mode: 0.0125, high: 0.02, note: 'from the 2025 cohort' }]);
    const again = parseScenario(JSON.parse(serializeScenario(r.scenario)));
    expect(again.ok && again.scenario.uncertainty).toEqual(r.scenario.uncertainty);
  });

  it('refuses each broken entry with a message naming it', () => {
    expect(messages([{ row: 'churn_enterprise', low: 1, mode: 1, high: 1, relative: true }])[0]).toMatch(/^Uncertainty range 1 \(churn_enterprise\): unknown row "churn_enterprise"/);
    expect(messages([{ row: 'upgrade_pro', low: 0, mode: 0, high: 0 }])[0]).toMatch(/is always 0/);
    expect(messages([{ row: 'trialToPaid', year: 2031, low: 0.2, mode: 0.2, high: 0.2 }])[0]).toMatch(/year must be between|must be between 2026 and 2030/);
    expect(messages([{ row: 'trialToPaid', low: 0.3, mode: 0.2, high: 0.4 }])[0]).toMatch(/must be in order/);
    expect(messages([{ row: 'trialToPaid', low: 0.2, mode: 0.3, high: 1.2 }])[0]).toMatch(/high.*|must be between 0 % and 100 % \(is 120 %\)/);
    expect(messages([{ row: 'visitorAcquisitionCost', low: 0, mode: 8, high: 9 }])[0]).toMatch(/must be more than 0/);
    expect(messages([{ row: 'price_pro', low: -0.5, mode: 1, high: 1.2, relative: true }])[0]).toMatch(/must not be negative/);
    expect(messages([{ row: 'trialToPaid', low: 0.9, mode: 1, high: 1.1, relative: true }, { row: 'trialToPaid', low: 0.8, mode: 1, high: 1.2, relative: true }])[0]).toMatch(/^Uncertainty range 2 .*range 1 already covers/);
    expect(messages([{ row: 'trialToPaid', low: '0.1', mode: 1, high: 1 }])[0]).toMatch(/^Uncertainty range 1, low: must be a finite number/);
    expect(messages({ row: 'trialToPaid' })[0]).toMatch(/must be a list of ranges/);
  });

  it('accepts a year range beside its row\'s every-year range (the year wins)', () => {
    expect(messages([
      { row: 'operatingExpenses', low: 0.9, mode: 1, high: 1.2, relative: true },
      { row: 'operatingExpenses', year: 2028, low: 60000, mode: 90000, high: 150000 },
    ])).toEqual([]);
  });
});
