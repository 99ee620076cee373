// Funding properties (issue 18; fast-check, fixed seed): funding changes only financing, cash,
// runwayMonths, the annual figures made of them and the summary's cash figures; and the cash
// identity with financing holds in every month. Random valid scenarios, through parseScenario.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthText } from './calendar';
import { project } from './engine';
import { parseScenario } from './parse-scenario';
import { scenarioArb } from './test-arbitraries';
import { ANNUAL_FIGURES, MONTHLY_FLOWS, MONTHLY_KPIS, MONTHS, type Scenario } from './types';

const RUNS = { numRuns: 300, seed: 20261204 };
const roundArb = fc.record({ m: fc.integer({ min: 0, max: MONTHS - 1 }), amount: fc.double({ min: 1e-3, max: 1e9, noNaN: true }) });

function parse(s: Scenario) {
  const r = parseScenario(s);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  return r.values;
}

const CASH_MONTHLY = new Set(['financing', 'cash', 'runwayMonths']);
const CASH_ANNUAL = new Set(['financing', 'endingCash', 'runwayMonths']);

describe('funding properties (fast-check, seed 20261204)', () => {
  it('funding changes only financing, cash, runway, the annual figures made of them and the summary\'s cash figures', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(roundArb, { minLength: 1, maxLength: 4 }), (scenario, rounds) => {
        const funding = rounds.map((r) => ({ month: monthText(scenario.startYear, r.m), amount: r.amount }));
        const plain = project(parse(scenario));
        const funded = project(parse({ ...scenario, funding }));
        for (const key of [...MONTHLY_FLOWS, ...MONTHLY_KPIS]) {
          if (!CASH_MONTHLY.has(key)) expect(funded.monthly[key], key).toEqual(plain.monthly[key]);
        }
        expect(funded.customersByPlan).toEqual(plain.customersByPlan);
        expect(funded.mrrByPlan).toEqual(plain.mrrByPlan);
        for (let y = 0; y < 5; y++) {
          for (const key of ANNUAL_FIGURES) if (!CASH_ANNUAL.has(key)) expect(funded.years[y]![key], `${key} ${y}`).toEqual(plain.years[y]![key]);
        }
        expect(funded.summary.breakEvenMonth).toBe(plain.summary.breakEvenMonth);
        // Funding only adds cash, so no month's cash falls.
        for (let m = 0; m < MONTHS; m++) expect(funded.monthly.cash[m]!).toBeGreaterThanOrEqual(plain.monthly.cash[m]! - 1e-6 * Math.abs(plain.monthly.cash[m]!));
      }),
      RUNS,
    );
  });

  it('cash = last month\'s cash + ebitda + financing, financing = the sum of the month\'s rounds, every month', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(roundArb, { maxLength: 6 }), (scenario, rounds) => {
        const funding = rounds.map((r) => ({ month: monthText(scenario.startYear, r.m), amount: r.amount }));
        const p = project(parse({ ...scenario, funding }));
        let cash = scenario.startingCash;
        for (let m = 0; m < MONTHS; m++) {
          const due = rounds.filter((r) => r.m === m).reduce((s, r) => s + r.amount, 0);
          expect(p.monthly.financing[m]).toBeCloseTo(due, 6);
          const expected = cash + p.monthly.ebitda[m]! + p.monthly.financing[m]!;
          expect(Math.abs(p.monthly.cash[m]! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected), Math.abs(cash), Math.abs(p.monthly.ebitda[m]!)));
          cash = p.monthly.cash[m]!;
        }
        for (let y = 0; y < 5; y++) {
          expect(p.years[y]!.financing).toBeCloseTo(rounds.filter((r) => Math.floor(r.m / 12) === y).reduce((s, r) => s + r.amount, 0), 3);
          expect(p.years[y]!.endingCash).toBe(p.monthly.cash[12 * y + 11]);
        }
      }),
      RUNS,
    );
  });
});
