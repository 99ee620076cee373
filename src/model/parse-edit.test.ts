// The edit path must answer exactly as the full door does: over random cell edits of the shipped
// scenarios (valid and invalid numbers, formulas that work, fail, loop or name nothing), the
// incremental parse equals parseScenario's, problems included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import aggressive from '../../scenarios/crm-aggressive.json';
import baseline from '../../scenarios/crm-baseline.json';
import conservative from '../../scenarios/crm-conservative.json';
import { parseCellEdit } from './parse-edit';
import { parseScenario } from './parse-scenario';
import { isCell } from './schema';
import { DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type Scenario, type ScenarioValues } from './types';

const RUNS = { numRuns: 1000, seed: 20261123 };

function parsed(raw: unknown): { scenario: Scenario; values: ScenarioValues } {
  const p = parseScenario(raw);
  if (!p.ok) throw new Error('a shipped scenario does not parse');
  return p;
}
const shipped = [baseline, conservative, aggressive].map(parsed);

interface Edit { plan: number | null; row: number; y: number; cell: unknown }

/** The store's way (scenario-slice withCell): copy the row, the plan and the lists it changes. */
function withEdit(s: Scenario, e: Edit): Scenario {
  if (e.plan === null) {
    const key = DRIVER_KEYS[e.row % DRIVER_KEYS.length]!;
    const row = s.drivers[key].slice();
    row[e.y] = e.cell as never;
    return { ...s, drivers: { ...s.drivers, [key]: row } };
  }
  const i = e.plan % s.plans.length;
  const field = PLAN_ROW_KEYS[e.row % PLAN_ROW_KEYS.length]!;
  const row = s.plans[i]![field].slice();
  row[e.y] = e.cell as never;
  return { ...s, plans: s.plans.map((p, k) => (k === i ? { ...p, [field]: row } : p)) };
}

const cellArb = fc.oneof(
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, 1, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 1e308),
  fc.constantFrom('=prev * 1.1', '=prev', '=price_starter * 2', '=mix_pro', '=1/0', '=nosuch * 2', '=year - 2000', '=visitorToTrial', '=sqrt(-1)', 'text', '', '=('),
  fc.constantFrom(null, true, [1], { a: 1 }),
);
const editArb = fc.record({ plan: fc.option(fc.nat(5), { nil: null }), row: fc.nat(20), y: fc.nat(YEARS - 1), cell: cellArb });

describe('parseCellEdit', () => {
  it('gives parseScenario\'s result for any cell edits of a parsed scenario (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.nat(shipped.length - 1), fc.array(editArb, { minLength: 1, maxLength: 4 }), (k, edits) => {
        const before = shipped[k]!;
        const next = edits.reduce(withEdit, before.scenario);
        const fast = parseCellEdit(before.scenario, before, next);
        if (edits.every((e) => isCell(e.cell))) expect(fast).not.toBeNull();
        if (fast) expect(fast).toEqual(parseScenario(next));
      }),
      RUNS,
    );
  });

  it('also after a chain of edits, each parsed from the one before', () => {
    let before = shipped[0]!.scenario;
    let parsedBefore = shipped[0]!;
    for (const [y, x] of [[2, 9], [2, 8.5], [3, 7], [0, 12]] as const) {
      const next = withEdit(before, { plan: null, row: DRIVER_KEYS.indexOf('visitorAcquisitionCost'), y, cell: x });
      const fast = parseCellEdit(before, parsedBefore, next);
      expect(fast).toEqual(parseScenario(next));
      if (!fast?.ok) throw new Error('the edit should parse');
      // The rows not edited keep their values; the edited one is new.
      expect(fast.values.drivers.trialToPaid).toBe(parsedBefore.values.drivers.trialToPaid);
      expect(fast.values.drivers.visitorAcquisitionCost).not.toBe(parsedBefore.values.drivers.visitorAcquisitionCost);
      before = next;
      parsedBefore = fast;
    }
  });

  it('hands anything but cell edits back to parseScenario', () => {
    const p = shipped[0]!;
    const s = p.scenario;
    expect(parseCellEdit(s, p, { ...s, name: 'Renamed' })).toBeNull();
    expect(parseCellEdit(s, p, { ...s, plans: s.plans.slice(1) })).toBeNull();
    expect(parseCellEdit(s, p, { ...s, plans: s.plans.map((p, i) => (i === 0 ? { ...p, name: 'Basic' } : p)) })).toBeNull();
    expect(parseCellEdit(s, p, { ...s, drivers: { ...s.drivers, extra: [1, 2, 3, 4, 5] } as never })).toBeNull();
    expect(parseCellEdit(s, p, { ...s, drivers: { ...s.drivers, trialToPaid: [0.2, 0.2, 0.2, 0.2] } })).toBeNull();
    expect(parseCellEdit(s, p, { ...s, targets: [] })).toBeNull();
    expect(parseCellEdit(s, p, withEdit(s, { plan: 1, row: 0, y: 0, cell: 'text' }))).toBeNull();
  });

  it('reports a problem in an edited cell as parseScenario does', () => {
    const p = shipped[0]!;
    const s = p.scenario;
    const next = withEdit(s, { plan: 2, row: PLAN_ROW_KEYS.indexOf('price'), y: 3, cell: -5 });
    const fast = parseCellEdit(s, p, next);
    expect(fast?.ok).toBe(false);
    if (fast && !fast.ok) expect(fast.problems.map((p) => p.place)).toEqual(['Pro plan, price, 2029']);
  });

  it('re-checks the edited rows at the rules\' exact bounds: mix sums within 1e-9, outflows within 1e-12', () => {
    const p = shipped[0]!;
    const s = p.scenario;
    const mix = PLAN_ROW_KEYS.indexOf('mix');
    const churn = PLAN_ROW_KEYS.indexOf('churn');
    const starterMix = s.plans[0]!.mix[1] as number;
    const growthOut = (y: number) => (s.plans[1]!.upgrade[y] as number) + (s.plans[1]!.downgrade[y] as number);
    const cases: [Edit, boolean][] = [
      [{ plan: 0, row: mix, y: 1, cell: starterMix + 1e-6 }, false],
      [{ plan: 0, row: mix, y: 1, cell: starterMix + 1e-12 }, true],
      [{ plan: 1, row: churn, y: 4, cell: 1 - growthOut(4) + 1e-9 }, false],
      [{ plan: 1, row: churn, y: 4, cell: 1 - growthOut(4) }, true],
      [{ plan: 2, row: PLAN_ROW_KEYS.indexOf('upgrade'), y: 0, cell: 0.01 }, false],
      [{ plan: 0, row: PLAN_ROW_KEYS.indexOf('downgrade'), y: 0, cell: 0.01 }, false],
      [{ plan: null, row: DRIVER_KEYS.indexOf('visitorAcquisitionCost'), y: 2, cell: 0 }, false],
      [{ plan: null, row: DRIVER_KEYS.indexOf('cogsPercent'), y: 2, cell: 1 }, true],
    ];
    for (const [edit, ok] of cases) {
      const next = withEdit(s, edit);
      const fast = parseCellEdit(s, p, next);
      expect(fast?.ok, JSON.stringify(edit)).toBe(ok);
      expect(fast).toEqual(parseScenario(next));
    }
  });
});
