// Targets (MODEL.md, "A target"): a metric is an annual output, else a driver key, else a plan row
// `<field>_<planId>`; each target is met, missed or not computable (value null, met null).
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { project } from './engine';
import { parseScenario } from './parse-scenario';
import { evaluateTargets, resolveMetric, targetGap, targetMet } from './targets';
import { ANNUAL_FIGURES, DRIVER_KEYS, YEARS, type AnnualFigure, type DriverKey, type Projection, type ScenarioValues, type Target, type YearFigures } from './types';

const five = (x: number) => Float64Array.from({ length: YEARS }, () => x);

/** Two plans (basic, pro) and every driver at 1 unless given. */
function values(drivers: Partial<Record<DriverKey, number[]>> = {}): ScenarioValues {
  const all = {} as Record<DriverKey, Float64Array>;
  for (const key of DRIVER_KEYS) all[key] = drivers[key] ? Float64Array.from(drivers[key]) : five(1);
  const plan = (id: string, mix: number[]) => ({ id, name: id, initialCustomers: 0, price: five(10), mix: Float64Array.from(mix), churn: five(0), upgrade: five(0), downgrade: five(0) });
  return { startYear: 2026, startingCash: 0, drivers: all, plans: [plan('basic', [0.9, 0.85, 0.8, 0.75, 0.7]), plan('pro', [0.1, 0.15, 0.2, 0.25, 0.3])] };
}

/** A projection whose years hold the given annual figures (every other figure null). */
function projection(years: Partial<Record<AnnualFigure, number | null>>[]): Projection {
  const blank = Object.fromEntries(ANNUAL_FIGURES.map((k) => [k, null])) as Record<AnnualFigure, number | null>;
  const figures: YearFigures[] = Array.from({ length: YEARS }, (_, y) => ({ ...blank, ...years[y], year: 2026 + y }));
  return {
    startYear: 2026,
    planIds: ['basic', 'pro'],
    monthly: {} as Projection['monthly'],
    customersByPlan: [],
    mrrByPlan: [],
    years: figures,
    summary: { breakEvenMonth: null, lowestCash: 0, lowestCashMonth: 0, cashOutMonth: null },
  };
}

describe('met, missed, not computable', () => {
  const p = projection([{ grossMargin: 0.9, nrr: null }, { grossMargin: 0.8 }]);
  const v = values();

  it.each([
    ['min met', { metric: 'grossMargin', year: 2026, min: 0.85 }, 0.9, true],
    ['min missed', { metric: 'grossMargin', year: 2027, min: 0.85 }, 0.8, false],
    ['max met', { metric: 'grossMargin', year: 2027, max: 0.85 }, 0.8, true],
    ['max missed', { metric: 'grossMargin', year: 2026, max: 0.85 }, 0.9, false],
    ['min and max met', { metric: 'grossMargin', year: 2026, min: 0.8, max: 0.95 }, 0.9, true],
    ['min met exactly at the bound', { metric: 'grossMargin', year: 2027, min: 0.8 }, 0.8, true],
    ['null value', { metric: 'nrr', year: 2026, min: 1.1 }, null, null],
  ] as [string, Target, number | null, boolean | null][])('%s', (_, target, value, met) => {
    const [result] = evaluateTargets([target], v, p);
    expect(result).toEqual({ ...target, value, met });
  });

  it('a result holds min and max only when the target has them', () => {
    const [result] = evaluateTargets([{ metric: 'grossMargin', year: 2026, min: 0.5 }], v, p);
    expect(Object.keys(result!).sort()).toEqual(['met', 'metric', 'min', 'value', 'year']);
  });

  it('unknown fields of a target are not copied into its result', () => {
    const [result] = evaluateTargets([{ metric: 'grossMargin', year: 2026, min: 0.5, note: 'stretch' }], v, p);
    expect(result).not.toHaveProperty('note');
  });

  it('a metric that names nothing, or a year outside the projection, is not computable', () => {
    const results = evaluateTargets(
      [
        { metric: 'happiness', year: 2026, min: 1 },
        { metric: 'grossMargin', year: 2031, min: 0.5 },
        { metric: 'mix_enterprise', year: 2026, min: 0.1 },
      ],
      v,
      p,
    );
    expect(results.map((r) => [r.value, r.met])).toEqual([[null, null], [null, null], [null, null]]);
  });

  it('a bound is met within a rounding error', () => {
    // 0.06 + 0.03 = 0.09 in decimals, 0.09000000000000001 in doubles: short of a 0.09 max by 1e-17
    expect(targetMet({ max: 0.09 }, 0.06 + 0.03)).toBe(true);
    expect(targetMet({ min: 0.3 }, 0.1 + 0.2 - 1e-15)).toBe(true);
    expect(targetMet({ min: 0.3 }, 0.299)).toBe(false);
  });

  it('the gap is the distance to the bound missed, 0 when met, null when not computable', () => {
    expect(targetGap({ min: 0.85 }, 0.8)).toBeCloseTo(0.05, 12);
    expect(targetGap({ max: 667 }, 700)).toBe(33);
    expect(targetGap({ min: 1, max: 2 }, 1.5)).toBe(0);
    expect(targetGap({ min: 1 }, null)).toBeNull();
  });
});

describe('which figure a metric names', () => {
  it('an annual output beats a driver of the same name: salesMarketingOverhead is the annual sum', () => {
    // monthly driver 10000 in 2026; the annual figure is the sum of 12 months, 12 x 10000 = 120000
    const v = values({ salesMarketingOverhead: [10000, 15000, 25000, 35000, 45000] });
    const p = projection([{ salesMarketingOverhead: 120000 }]);
    const [result] = evaluateTargets([{ metric: 'salesMarketingOverhead', year: 2026, max: 150000 }], v, p);
    expect(result).toMatchObject({ value: 120000, met: true });
    expect(resolveMetric('salesMarketingOverhead', ['basic', 'pro'])).toEqual({ kind: 'annual', key: 'salesMarketingOverhead' });
  });

  it('a driver key that is not an annual output is the driver\'s value that year', () => {
    const v = values({ visitorToTrial: [0.06, 0.0675, 0.075, 0.0825, 0.09] });
    const [result] = evaluateTargets([{ metric: 'visitorToTrial', year: 2030, min: 0.09 }], v, projection([]));
    expect(result).toMatchObject({ value: 0.09, met: true });
  });

  it('a plan row `mix_pro` is that plan\'s mix that year', () => {
    const [r2028, r2030] = evaluateTargets(
      [
        { metric: 'mix_pro', year: 2028, min: 0.25 },
        { metric: 'mix_pro', year: 2030, min: 0.25 },
      ],
      values(),
      projection([]),
    );
    expect(r2028).toMatchObject({ value: 0.2, met: false });
    expect(r2030).toMatchObject({ value: 0.3, met: true });
  });

  it('a plan id with an underscore still resolves', () => {
    expect(resolveMetric('price_pro_plus', ['basic', 'pro_plus'])).toEqual({ kind: 'plan', field: 'price', planIndex: 1 });
    expect(resolveMetric('mix_pro', ['basic', 'pro_plus'])).toBeNull();
  });

  it('through the engine: the seed\'s salesMarketingOverhead 2026 is 12 x 10000', () => {
    const parsed = parseScenario(baseline);
    if (!parsed.ok) throw new Error('the seed must parse');
    const p = project(parsed.values);
    const [result] = evaluateTargets([{ metric: 'salesMarketingOverhead', year: 2026, max: 120000 }], parsed.values, p);
    expect(result!.value).toBeCloseTo(120000, 6);
    expect(result!.met).toBe(true);
  });
});

describe('the seed scenario', () => {
  const parsed = parseScenario(baseline);
  if (!parsed.ok) throw new Error('the seed must parse');
  const results = evaluateTargets(parsed.scenario.targets, parsed.values, project(parsed.values));

  it('evaluates all eight targets, in order', () => {
    expect(results.map((r) => `${r.metric} ${r.year}`)).toEqual([
      'visitorToTrial 2030',
      'trialToPaid 2030',
      'cac 2026',
      'cacPaybackMonths 2030',
      'mix_pro 2030',
      'grossMargin 2030',
      'nrr 2030',
      'ltvToCac 2030',
    ]);
  });

  it('cac 2026 (max 667) is met at 666.67', () => {
    // 200000 spend / 300 new customers = 666.67 (MODEL.md, worked check)
    const cac = results[2]!;
    expect(cac).toMatchObject({ metric: 'cac', year: 2026, max: 667, met: true });
    expect(cac.value).toBeCloseTo(666.67, 2);
  });

  it('the driver and plan-row targets read the file\'s cells', () => {
    // visitorToTrial 2030 = 0.09 (min 0.09), trialToPaid 2030 = 0.35 (min 0.35), mix_pro 2030 = 0.2 (min 0.2)
    expect(results[0]).toMatchObject({ value: 0.09, met: true });
    expect(results[1]).toMatchObject({ value: 0.35, met: true });
    expect(results[4]).toMatchObject({ value: 0.2, met: true });
  });
});
