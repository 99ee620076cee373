// Comparing scenarios: the cells that differ (old -> new), the annual deltas and the attribution of
// each last-year KPI to the changed inputs, on hand-built cases whose answers follow from MODEL.md.
import { describe, expect, it } from 'vitest';
import aggressive from '../../scenarios/crm-aggressive.json';
import baseline from '../../scenarios/crm-baseline.json';
import { attribute } from './attribution';
import { annualDeltas, cellChanges, delta, type Parsed } from './compare';
import { project } from './engine';
import { parseScenario } from './parse-scenario';

type Doc = { startingCash: number; drivers: Record<string, unknown[]> };

function parsed(doc: unknown): Parsed & { projection: ReturnType<typeof project> } {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  return { scenario: r.scenario, values: r.values, projection: project(r.values) };
}
const base = () => structuredClone(baseline) as unknown as Doc;

describe('cellChanges', () => {
  it('lists exactly the one cell that differs', () => {
    const doc = base();
    doc.drivers.marketingBudget![4] = 1_800_000;
    expect(cellChanges(parsed(base()), parsed(doc))).toEqual([
      { place: 'Marketing budget, 2030', path: ['drivers', 'marketingBudget', 4], old: 1_500_000, new: 1_800_000, oldValue: 1_500_000, newValue: 1_800_000 },
    ]);
  });

  it('lists baseline -> aggressive with formulas and their values', () => {
    const changes = cellChanges(parsed(baseline), parsed(aggressive));
    const at = (place: string) => changes.find((c) => c.place === place);
    expect(at('Marketing budget, 2026')).toMatchObject({ old: 200_000, new: 300_000 });
    // aggressive 2027: =prev * 2 of 300,000
    expect(at('Marketing budget, 2027')).toMatchObject({ old: 400_000, new: '=prev * 2', oldValue: 400_000, newValue: 600_000 });
    expect(at('Starting cash')).toMatchObject({ old: 2_000_000, new: 3_000_000 });
    expect(at('Starter plan, price, 2028')).toMatchObject({ old: 50, new: 55 });
    // Cells equal in both never appear: visitor acquisition cost and Growth mix are the same files' rows.
    expect(changes.some((c) => c.place.startsWith('Visitor acquisition cost'))).toBe(false);
    expect(changes.some((c) => c.place.startsWith('Growth plan, mix'))).toBe(false);
  });
});

describe('annual deltas', () => {
  it('gives absolute and % change relative to the old figure', () => {
    expect(delta(2026, 200, 300)).toEqual({ year: 2026, old: 200, new: 300, abs: 100, pct: 0.5 });
    // From a loss of 100 to a loss of 50 is an improvement of 50 %.
    expect(delta(2026, -100, -50)).toMatchObject({ abs: 50, pct: 0.5 });
    expect(delta(2026, 0, 10)).toMatchObject({ abs: 10, pct: null });
    expect(delta(2026, null, 10)).toMatchObject({ abs: null, pct: null });
    // 666.67 computed along two paths: equal, not +0.0000000001.
    expect(delta(2026, 2000 / 3, 2000 / 3 + 1e-13)).toMatchObject({ abs: 0, pct: 0 });
  });

  it('moves only the years after the change', () => {
    const doc = base();
    doc.drivers.operatingExpenses![4] = 160_000; // +10,000 a month in 2030
    const rows = annualDeltas(parsed(base()).projection, parsed(doc).projection);
    const ebitda = rows.find((r) => r.kpi === 'ebitda')!.years;
    expect(ebitda.slice(0, 4).map((d) => d.abs)).toEqual([0, 0, 0, 0]);
    expect(ebitda[4]!.abs).toBeCloseTo(-120_000, 6);
  });
});

describe('attribution', () => {
  it('gives 100 % of every difference to the only changed input', () => {
    const doc = base();
    doc.drivers.marketingBudget![4] = 1_800_000;
    const a = parsed(base());
    const b = parsed(doc);
    const r = attribute(a, b, a.projection, b.projection);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.year).toBe(2030);
    for (const k of r.kpis) {
      expect(k.effects.map((e) => e.input)).toEqual(['Marketing budget']);
      if (k.total !== 0 && k.total !== null) expect(k.effects[0]!.share).toBeCloseTo(1, 12);
      expect(k.interaction ?? 0).toBeCloseTo(0, 6);
    }
    expect(r.kpis.find((k) => k.kpi === 'revenue')!.total).toBeGreaterThan(0);
  });

  it('splits an additive difference between two inputs by hand arithmetic', () => {
    const doc = base();
    doc.startingCash = 3_000_000; // +1,000,000 of cash from the start
    doc.drivers.operatingExpenses![4] = 160_000; // +10,000 a month in 2030 = -120,000 of EBITDA and cash
    const a = parsed(base());
    const b = parsed(doc);
    const r = attribute(a, b, a.projection, b.projection);
    if (!r.ok) throw new Error(r.reason);
    const cash = r.kpis.find((k) => k.kpi === 'endingCash')!;
    expect(cash.total).toBeCloseTo(880_000, 4);
    expect(cash.effects[0]).toMatchObject({ input: 'Starting cash' });
    expect(cash.effects[0]!.effect).toBeCloseTo(1_000_000, 4);
    expect(cash.effects[1]).toMatchObject({ input: 'Operating expenses' });
    expect(cash.effects[1]!.effect).toBeCloseTo(-120_000, 4);
    expect(cash.interaction).toBeCloseTo(0, 4);
    const ebitda = r.kpis.find((k) => k.kpi === 'ebitda')!;
    expect(ebitda.effects[0]).toMatchObject({ input: 'Operating expenses', share: 1 });
    expect(ebitda.effects[1]).toMatchObject({ input: 'Starting cash', effect: 0 });
  });

  it('moves the plan mix rows together (they must sum to 1) and names each other row', () => {
    const a = parsed(baseline);
    const b = parsed(aggressive);
    const r = attribute(a, b, a.projection, b.projection);
    if (!r.ok) throw new Error(r.reason);
    const arr = r.kpis.find((k) => k.kpi === 'arr')!;
    const mix = arr.effects.find((e) => e.input === 'Plan mix')!;
    expect(mix.note).toBeUndefined();
    expect(mix.effect).not.toBeNull();
    expect(arr.effects.map((e) => e.input)).toContain('Marketing budget');
    expect(arr.effects.map((e) => e.input)).toContain('Pro plan, price');
  });

  it('declines when the plans differ', () => {
    const doc = structuredClone(baseline) as unknown as { plans: { id: string }[] };
    doc.plans[0]!.id = 'basic';
    const a = parsed(baseline);
    const b = parsed(doc);
    expect(attribute(a, b, a.projection, b.projection).ok).toBe(false);
  });
});
