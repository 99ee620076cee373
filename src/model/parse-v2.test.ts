// Schema version 2 through the one parseScenario door (MODEL.md, "Scenario file", "Funding",
// "Actuals"): a version 1 file migrates, a newer one is refused, and every funding and actuals
// rule is refused with the place a planner reads (round or month, then field) and the JSON path.
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { formatProblem, formatProblemWithPath, jsonPath, parseScenario } from './parse-scenario';
import { serializeScenario } from './serialize';
import type { Problem } from './types';

type Json = Record<string, unknown>;
const seed = (extra: Json = {}): Json => ({ ...(structuredClone(baseline) as unknown as Json), ...extra });

function problems(input: unknown): Problem[] {
  const r = parseScenario(input);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}
const lines = (input: unknown) => problems(input).map(formatProblem);
const customers = { starter: 100, growth: 50, pro: 10 };

describe('schema versions', () => {
  it('reads a version 1 file as version 2 without funding or actuals, and writes 2', () => {
    const r = parseScenario(seed({ schemaVersion: 1 }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.schemaVersion).toBe(2);
    expect(r.scenario.funding).toBeUndefined();
    expect(r.values.financing).toBeUndefined();
    expect(serializeScenario(r.scenario).startsWith('{\n  "schemaVersion": 2,\n')).toBe(true);
  });

  it('keeps a version 1 file\'s meaningless funding and actuals fields, renamed so they move nothing', () => {
    const r = parseScenario(seed({ schemaVersion: 1, funding: [{ month: '2026-01', amount: 5 }], actuals: 'x' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.funding).toBeUndefined();
    expect(r.scenario.actuals).toBeUndefined();
    expect(r.scenario.v1Funding).toEqual([{ month: '2026-01', amount: 5 }]);
    expect(r.scenario.v1Actuals).toBe('x');
    expect(r.values.financing).toBeUndefined();
  });

  it('refuses a newer version, saying which versions it reads', () => {
    expect(lines(seed({ schemaVersion: 3 }))).toEqual([
      'schemaVersion: is 3: this file was saved by a newer version of Trajectory, which reads schema versions 1 and 2 only. Open it in the newer app, or ask its author for a version 2 file.',
    ]);
  });
});

describe('funding', () => {
  it('sums the rounds of each month into financing', () => {
    const r = parseScenario(seed({ funding: [{ month: '2027-03', amount: 1e6, name: 'Seed' }, { month: '2027-03', amount: 5e5 }, { month: '2026-01', amount: 7 }] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const financing = Array.from(r.values.financing!);
    expect(financing).toHaveLength(60);
    // 2027-03 is month 12 + 2 = 14; 2026-01 is month 0.
    expect(financing[14]).toBe(1.5e6);
    expect(financing[0]).toBe(7);
    expect(financing.reduce((a, b) => a + b, 0)).toBe(1.5e6 + 7);
  });

  it('refuses a month outside the projection, naming the round by number and name', () => {
    const found = problems(seed({ funding: [{ month: '2026-05', amount: 1 }, { month: '2031-01', amount: 2e6, name: 'Series A' }] }));
    expect(found).toEqual([{ place: 'Funding round 2 (Series A), month', path: ['funding', 1, 'month'], message: '2031-01 is outside the projection 2026-01..2030-12' }]);
    expect(lines(seed({ funding: [{ month: '2025-12', amount: 1 }] }))).toEqual(['Funding round 1, month: 2025-12 is outside the projection 2026-01..2030-12']);
  });

  it('refuses a month that is not YYYY-MM, a missing month, an amount of 0, a negative or missing amount, a name that is not text', () => {
    expect(lines(seed({ funding: [
      { month: '2027-3', amount: 1 },
      { amount: 1 },
      { month: '2027-01', amount: 0 },
      { month: '2027-01', amount: -5 },
      { month: '2027-01' },
      { month: '2027-01', amount: '5' },
      { month: '2027-01', amount: 5, name: 7 },
      'round',
    ] }))).toEqual([
      'Funding round 1, month: "2027-3" must be a month written YYYY-MM (e.g. 2027-03)',
      'Funding round 2, month: is missing: give the month the cash arrives, as YYYY-MM',
      'Funding round 3, amount: must be more than 0 (is 0): remove the round instead of giving 0',
      'Funding round 4, amount: must be more than 0 (is -5): remove the round instead of giving 0',
      'Funding round 5, amount: is missing: give the cash that arrives, more than 0',
      'Funding round 6, amount: must be a number',
      'Funding round 7, name: must be text',
      'Funding round 8: must be an object { "month": "YYYY-MM", "amount": number }',
    ]);
  });

  it('refuses funding that is not a list', () => {
    expect(problems(seed({ funding: { month: '2027-01', amount: 1 } }))).toEqual([{ place: 'Funding', path: ['funding'], message: 'must be a list of rounds, each { "month": "YYYY-MM", "amount": number }' }]);
  });

  it('follows the start year: 2031-01 is inside a projection that starts in 2027', () => {
    expect(parseScenario(seed({ startYear: 2027, targets: [], funding: [{ month: '2031-01', amount: 1 }] })).ok).toBe(true);
  });

  it('reports funding problems beside problems elsewhere in the same pass', () => {
    const doc = seed({ funding: [{ month: '2026-01', amount: 0 }] });
    (doc.drivers as Json).marketingBudget = [1, 2, 3];
    const found = lines(doc);
    expect(found).toContain('Funding round 1, amount: must be more than 0 (is 0): remove the round instead of giving 0');
    expect(found.some((l) => l.startsWith('Marketing budget'))).toBe(true);
  });
});

describe('actuals', () => {
  const ok = (actuals: unknown[]) => {
    const r = parseScenario(seed({ actuals }));
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    return r;
  };

  it('accepts months in order from January with any subset of the figures, and negative cash', () => {
    const r = ok([{ month: '2026-01', visitors: 2000, customersByPlan: customers }, { month: '2026-02' }, { month: '2026-03', cash: -5, nrr: 1.02, mrr: 0 }]);
    expect(r.scenario.actuals).toHaveLength(3);
  });

  it('refuses a gap, naming the missing month', () => {
    expect(problems(seed({ actuals: [{ month: '2026-01' }, { month: '2026-03' }, { month: '2026-04' }] }))).toEqual([
      { place: 'Actuals, 2026-03, month', path: ['actuals', 1, 'month'], message: '2026-02 missing before it: actual months run one a month from 2026-01 with no gap' },
    ]);
    expect(lines(seed({ actuals: [{ month: '2026-04' }] }))).toEqual(['Actuals, 2026-04, month: 2026-01..2026-03 missing before it: actual months run one a month from 2026-01 with no gap']);
  });

  it('refuses a month out of order or repeated', () => {
    expect(lines(seed({ actuals: [{ month: '2026-01' }, { month: '2026-02' }, { month: '2026-02' }] }))).toEqual([
      'Actuals, 2026-02, month: is out of order or repeated: the entry before it is 2026-02, so this one should be 2026-03',
    ]);
  });

  it('refuses a month outside the projection, a month that is not YYYY-MM, and a missing month', () => {
    expect(lines(seed({ actuals: [{ month: '2025-12' }] }))).toEqual(['Actuals, 2025-12, month: is outside the projection 2026-01..2030-12']);
    expect(lines(seed({ actuals: [{ month: 'Jan 2026' }] }))).toEqual(['Actuals, entry 1, month: "Jan 2026" must be a month written YYYY-MM (this entry should be 2026-01)']);
    expect(lines(seed({ actuals: [{ month: '2026-01' }, { visitors: 3 }] }))).toEqual(['Actuals, entry 2, month: is missing: this entry should be 2026-02']);
  });

  it('refuses more than 60 months', () => {
    const months = Array.from({ length: 61 }, (_, m) => ({ month: `${2026 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}` }));
    expect(lines(seed({ actuals: months }))).toEqual([
      'Actuals: has 61 months: at most 60, the projection\'s 2026-01..2030-12',
      'Actuals, 2031-01, month: is outside the projection 2026-01..2030-12',
    ]);
  });

  it('refuses a negative figure, naming the month and the figure, with its JSON path', () => {
    expect(problems(seed({ actuals: [{ month: '2026-01' }, { month: '2026-02' }, { month: '2026-03', visitors: -1 }] }))).toEqual([
      { place: 'Actuals, 2026-03, visitors', path: ['actuals', 2, 'visitors'], message: 'must be 0 or more (is -1)' },
    ]);
  });

  it('refuses a figure that is not a finite number', () => {
    expect(lines(seed({ actuals: [{ month: '2026-01', mrr: '1000', cash: null }] }))).toEqual([
      'Actuals, 2026-01, mrr: must be a number',
      'Actuals, 2026-01, cash: must be a number',
    ]);
  });

  it('refuses a typo in a figure name, suggesting the figure, and an unknown key, listing them', () => {
    expect(lines(seed({ actuals: [{ month: '2026-01', vistors: 5, Visitors: 5, customersbyplan: {}, headcount: 3 }] }))).toEqual([
      'Actuals, 2026-01, vistors: is not a figure an actual month can give: did you mean visitors?',
      'Actuals, 2026-01, Visitors: is not a figure an actual month can give: did you mean visitors?',
      'Actuals, 2026-01, customersbyplan: is not a figure an actual month can give: did you mean customersByPlan?',
      'Actuals, 2026-01, headcount: is not a figure an actual month can give (they are: customersByPlan, marketingSpend, visitors, trials, newCustomers, churnedCustomers, mrr, newMrr, expansionMrr, contractionMrr, churnedMrr, cogs, salesMarketingOverhead, operatingExpenses, cash, nrr)',
    ]);
  });

  it('refuses customersByPlan that leaves a plan out, names an unknown plan, or gives a negative count', () => {
    expect(problems(seed({ actuals: [{ month: '2026-01', customersByPlan: { starter: 1, growth: 2 } }] }))).toEqual([
      { place: 'Actuals, 2026-01, customersByPlan', path: ['actuals', 0, 'customersByPlan'], message: 'misses plan pro: give every plan\'s customers (0 for none), or leave customersByPlan out' },
    ]);
    expect(lines(seed({ actuals: [{ month: '2026-01', customersByPlan: { ...customers, enterprise: 3 } }] }))).toEqual([
      'Actuals, 2026-01, customersByPlan.enterprise: enterprise is not a plan of this scenario (its plans: starter, growth, pro)',
    ]);
    expect(lines(seed({ actuals: [{ month: '2026-01', customersByPlan: { ...customers, pro: -2 } }] }))).toEqual([
      'Actuals, 2026-01, customersByPlan.pro: must be 0 or more (is -2)',
    ]);
    expect(lines(seed({ actuals: [{ month: '2026-01', customersByPlan: 160 }] }))).toEqual([
      'Actuals, 2026-01, customersByPlan: must be an object { planId: customers } naming every plan (starter, growth, pro)',
    ]);
  });

  it('refuses actuals that are not a list, or an entry that is not an object', () => {
    expect(lines(seed({ actuals: {} }))).toEqual(['Actuals: must be a list of months, each { "month": "YYYY-MM", figure: number, ... }']);
    expect(lines(seed({ actuals: [{ month: '2026-01' }, 5] }))).toEqual(['Actuals, entry 2: must be an object { "month": "YYYY-MM", figure: number, ... }']);
  });
});

describe('the JSON path of a problem, for the CLI', () => {
  it('follows the words a user reads', () => {
    const doc = seed({ actuals: [{ month: '2026-01', customersByPlan: { ...customers, pro: -1 } }] });
    (doc.drivers as Json).marketingBudget = [-1, 0, 0, 0, 0];
    expect(problems(doc).map(formatProblemWithPath)).toEqual([
      'Marketing budget, 2026 (drivers.marketingBudget[0]): must not be negative',
      'Actuals, 2026-01, customersByPlan.pro (actuals[0].customersByPlan.pro): must be 0 or more (is -1)',
    ]);
  });

  it('writes keys that are not identifiers in brackets, and leaves out a path that says nothing more', () => {
    expect(jsonPath(['plans', 0, 'my key'])).toBe('plans[0]["my key"]');
    expect(formatProblemWithPath({ place: 'schemaVersion', path: ['schemaVersion'], message: 'is missing' })).toBe('schemaVersion: is missing');
    expect(formatProblemWithPath({ place: 'file', path: [], message: 'is not JSON' })).toBe('file: is not JSON');
  });
});
