import { describe, expect, it } from 'vitest';
import { rowName } from './inputs';
import { compileValues } from './perturb';
import { baselineWith } from './test-scenarios';
import { tornado } from './tornado';

const ebitda = { kind: 'annual', key: 'ebitda' } as const;

describe('tornado', () => {
  it('ranks first the driver that dominates the output by construction', () => {
    // Operating expenses of $100M a month dwarf everything else in 2030 EBITDA: +-10 % moves
    // it by $120M a year, while the whole of revenue is a few million.
    const { scenario, values } = baselineWith((s) => ({ ...s, drivers: { ...s.drivers, operatingExpenses: [1e8, 1e8, 1e8, 1e8, 1e8] } }));
    const model = compileValues(scenario, values);
    const result = tornado(model, ebitda, 4, 0.1);
    const ids = values.plans.map((p) => p.id);
    expect(rowName(result.bars[0]!.row, ids)).toBe('operatingExpenses');
    expect(result.bars[0]!.span).toBeCloseTo(2 * 0.1 * 12 * 1e8, 0);
    expect(result.bars[0]!.low! > result.bars[0]!.high!).toBe(true); // less opex, more EBITDA
    for (let i = 1; i < result.bars.length; i++) expect(result.bars[i - 1]!.span! >= result.bars[i]!.span!).toBe(true);
    // The model is left as it was: the base output is the plain projection's.
    expect(tornado(model, ebitda, 4, 0.1).base).toBe(result.base);
  });

  it('clamps a rate at 100 % and says so', () => {
    const { scenario, values } = baselineWith((s) => ({ ...s, drivers: { ...s.drivers, trialToPaid: [0.95, 0.95, 0.95, 0.95, 0.95] } }));
    const bars = tornado(compileValues(scenario, values), { kind: 'annual', key: 'newCustomers' }, 0, 0.1).bars;
    const bar = bars.find((b) => b.row.kind === 'driver' && b.row.key === 'trialToPaid')!;
    expect(bar.clampedUp).toBe(true);
    expect(bar.clampedDown).toBe(false);
    // 2026: 25,000 visitors x 6 % = 1,500 trials; x 100 % (clamped) and x 85.5 %.
    expect(bar.high).toBeCloseTo(1500, 6);
    expect(bar.low).toBeCloseTo(1500 * 0.855, 6);
  });

  it('leaves out rows fixed at 0 and moves every other row of every plan', () => {
    const { scenario, values } = baselineWith();
    const names = tornado(compileValues(scenario, values), ebitda, 4, 0.1).bars.map((b) => rowName(b.row, ['starter', 'growth', 'pro']));
    expect(names).toHaveLength(8 + 3 * 5 - 2);
    expect(names).not.toContain('upgrade_pro');
    expect(names).not.toContain('downgrade_starter');
    expect(names).toContain('mix_pro');
  });
});
