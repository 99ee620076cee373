// Formula cells through the one door, parseScenario (MODEL.md, "A cell is a number or a
// formula"): prev, year, driver and plan-row names, dependency order, and errors that name the
// cell. Expected values are hand arithmetic from the seed and the shipped files.
import { describe, expect, it } from 'vitest';
import aggressive from '../../scenarios/crm-aggressive.json';
import baseline from '../../scenarios/crm-baseline.json';
import conservative from '../../scenarios/crm-conservative.json';
import { formatProblem, parseScenario } from './parse-scenario';
import type { Problem, ScenarioValues } from './types';

type Json = Record<string | number, unknown>;
type Path = (string | number)[];

/** The seed with some cells replaced. */
function seedWith(...edits: [Path, unknown][]): Json {
  const doc = structuredClone(baseline) as unknown as Json;
  for (const [path, value] of edits) {
    let node = doc;
    for (const key of path.slice(0, -1)) node = node[key] as Json;
    node[path[path.length - 1]!] = value;
  }
  return doc;
}

/** The evaluated values of a scenario that must parse. */
function valuesOf(doc: unknown): ScenarioValues {
  const result = parseScenario(doc);
  if (!result.ok) throw new Error(`expected no problems, got:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.values;
}

/** The problems of a scenario that must fail. */
function problemsOf(doc: unknown): Problem[] {
  const result = parseScenario(doc);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

const row = (xs: Float64Array) => Array.from(xs);
const expectRow = (xs: Float64Array, expected: number[]) => {
  expect(xs).toHaveLength(expected.length);
  expected.forEach((x, y) => expect(xs[y], `year index ${y}`).toBeCloseTo(x, 9));
};

describe('names in a formula', () => {
  it('`=prev * 1.5` is 1.5 times the previous year', () => {
    // 200000, 200000 * 1.5 = 300000, * 1.5 = 450000, 675000, 1012500
    const v = valuesOf(
      seedWith(...[1, 2, 3, 4].map((y): [Path, unknown] => [['drivers', 'marketingBudget', y], '=prev * 1.5'])),
    );
    expect(row(v.drivers.marketingBudget)).toEqual([200000, 300000, 450000, 675000, 1012500]);
  });

  it('a driver key is that driver in the same year', () => {
    // the seed's visitorToTrial * 2: 0.12, 0.135, 0.15, 0.165, 0.18
    const v = valuesOf(seedWith(...[0, 1, 2, 3, 4].map((y): [Path, unknown] => [['drivers', 'trialToPaid', y], '=visitorToTrial * 2'])));
    expectRow(v.drivers.trialToPaid, [0.12, 0.135, 0.15, 0.165, 0.18]);
  });

  it('`=price_growth * 1.8` reads the Growth plan\'s price in the same year', () => {
    // Growth 100 in 2026, 120 in 2028 (edited): Pro 180 and 216
    const v = valuesOf(
      seedWith([['plans', 1, 'price', 2], 120], ...[0, 1, 2, 3, 4].map((y): [Path, unknown] => [['plans', 2, 'price', y], '=price_growth * 1.8'])),
    );
    expectRow(v.plans[2]!.price, [180, 180, 216, 180, 180]);
  });

  it('`mix_starter` reads the Starter plan\'s mix', () => {
    // Pro = 1 - Starter - Growth: 2026 1 - 0.6 - 0.3 = 0.1, 2030 1 - 0.5 - 0.3 = 0.2
    const v = valuesOf(seedWith(...[0, 1, 2, 3, 4].map((y): [Path, unknown] => [['plans', 2, 'mix', y], '=1 - mix_starter - mix_growth'])));
    expectRow(v.plans[2]!.mix, [0.1, 0.125, 0.15, 0.175, 0.2]);
  });

  it('`year` is the cell\'s calendar year', () => {
    const v = valuesOf(seedWith(...[0, 1, 2, 3, 4].map((y): [Path, unknown] => [['drivers', 'cogsPerCustomer', y], '=year - 2026'])));
    expect(row(v.drivers.cogsPerCustomer)).toEqual([0, 1, 2, 3, 4]);
  });

  it('`year` follows startYear', () => {
    const v = valuesOf(seedWith([['startYear'], 2040], [['targets'], []], [['drivers', 'cogsPerCustomer', 3], '=year - 2040']));
    // cell 3 is 2040 + 3
    expect(v.drivers.cogsPerCustomer[3]).toBe(3);
  });

  it('math functions are allowed: `=max(prev - 0.005, 0.01)`', () => {
    // Starter churn 0.04, then max(0.035, 0.01), max(0.03, ...), 0.025, 0.02
    const v = valuesOf(seedWith(...[1, 2, 3, 4].map((y): [Path, unknown] => [['plans', 0, 'churn', y], '=max(prev - 0.005, 0.01)'])));
    expectRow(v.plans[0]!.churn, [0.04, 0.035, 0.03, 0.025, 0.02]);
  });
});

describe('dependency order', () => {
  it('a chain across rows is evaluated whatever the order of the rows', () => {
    // marketingBudget (the first row) reads operatingExpenses (the last driver row), which reads
    // the Pro price (a plan row), which reads Growth's, which reads Starter's (50):
    // growth 50 * 2 = 100, pro 100 * 1.8 = 180, opex 180 * 250 = 45000, budget 45000 * 5 = 225000
    const v = valuesOf(
      seedWith(
        [['drivers', 'marketingBudget', 0], '=operatingExpenses * 5'],
        [['drivers', 'operatingExpenses', 0], '=price_pro * 250'],
        [['plans', 2, 'price', 0], '=price_growth * 1.8'],
        [['plans', 1, 'price', 0], '=price_starter * 2'],
      ),
    );
    expect(v.plans[1]!.price[0]).toBe(100);
    expect(v.plans[2]!.price[0]).toBeCloseTo(180, 9);
    expect(v.drivers.operatingExpenses[0]).toBeCloseTo(45000, 6);
    expect(v.drivers.marketingBudget[0]).toBeCloseTo(225000, 6);
  });

  it('prev chains through formulas in other rows', () => {
    // 2027 budget = 2026 budget * 2 where 2026 reads opex (40000 * 5 = 200000): 400000, then 800000
    const v = valuesOf(
      seedWith([['drivers', 'marketingBudget', 0], '=operatingExpenses * 5'], [['drivers', 'marketingBudget', 1], '=prev * 2'], [['drivers', 'marketingBudget', 2], '=prev * 2']),
    );
    expect(row(v.drivers.marketingBudget).slice(0, 3)).toEqual([200000, 400000, 800000]);
  });
});

describe('errors name the cell', () => {
  it('`prev` in the first year', () => {
    const [p, ...rest] = problemsOf(seedWith([['drivers', 'marketingBudget', 0], '=prev * 2']));
    expect(rest).toEqual([]);
    expect(p!.place).toBe('Marketing budget, 2026');
    expect(p!.cell).toEqual({ kind: 'driver', key: 'marketingBudget', y: 0 });
    expect(p!.path).toEqual(['drivers', 'marketingBudget', 0]);
    expect(p!.message).toContain('prev');
    expect(p!.message).toContain('first year');
  });

  it('a cycle of two cells reports both cells', () => {
    const found = problemsOf(seedWith([['drivers', 'marketingBudget', 1], '=operatingExpenses * 2'], [['drivers', 'operatingExpenses', 1], '=marketingBudget / 2']));
    expect(found.map((p) => p.place).sort()).toEqual(['Marketing budget, 2027', 'Operating expenses, 2027']);
    for (const p of found) {
      expect(p.cell).toBeDefined();
      expect(p.message).toContain('circular');
    }
    expect(found.map((p) => p.cell)).toEqual(
      expect.arrayContaining([
        { kind: 'driver', key: 'marketingBudget', y: 1 },
        { kind: 'driver', key: 'operatingExpenses', y: 1 },
      ]),
    );
  });

  it('a cycle through plan rows names the plans', () => {
    const found = problemsOf(seedWith([['plans', 1, 'price', 4], '=price_pro / 2'], [['plans', 2, 'price', 4], '=price_growth * 2']));
    expect(found.map((p) => p.place).sort()).toEqual(['Growth plan, price, 2030', 'Pro plan, price, 2030']);
    for (const p of found) expect(p.message).toContain('circular');
  });

  it('a formula that reads its own cell', () => {
    const found = problemsOf(seedWith([['drivers', 'marketingBudget', 2], '=marketingBudget + 1']));
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Marketing budget, 2028');
    expect(found[0]!.cell).toEqual({ kind: 'driver', key: 'marketingBudget', y: 2 });
    expect(found[0]!.message).toContain('circular');
  });

  it('an unknown name names the cell and the name', () => {
    const found = problemsOf(seedWith([['plans', 0, 'churn', 3], '=churnRate * 2']));
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Starter plan, churn, 2029');
    expect(found[0]!.cell).toEqual({ kind: 'plan', planIndex: 0, field: 'churn', y: 3 });
    expect(found[0]!.message).toContain('churnRate');
  });

  it('a plan row of a plan that does not exist is an unknown name', () => {
    const found = problemsOf(seedWith([['plans', 2, 'price', 0], '=price_enterprise']));
    expect(found.map(formatProblem)).toEqual([expect.stringMatching(/^Pro plan, price, 2026: .*price_enterprise/)]);
  });

  it('a cell that reads a broken cell says it depends on it', () => {
    // 2027 has an unknown name; 2028 reads 2027 through prev, 2029 reads 2028
    const found = problemsOf(
      seedWith([['drivers', 'marketingBudget', 1], '=nope'], [['drivers', 'marketingBudget', 2], '=prev * 2'], [['drivers', 'marketingBudget', 3], '=prev * 2']),
    );
    const byPlace = new Map(found.map((p) => [p.place, p]));
    expect([...byPlace.keys()].sort()).toEqual(['Marketing budget, 2027', 'Marketing budget, 2028', 'Marketing budget, 2029']);
    expect(byPlace.get('Marketing budget, 2027')!.message).toContain('nope');
    expect(byPlace.get('Marketing budget, 2028')!.message).toContain('depends on Marketing budget, 2027');
    expect(byPlace.get('Marketing budget, 2029')!.message).toContain('depends on Marketing budget, 2028');
    expect(byPlace.get('Marketing budget, 2028')!.cell).toEqual({ kind: 'driver', key: 'marketingBudget', y: 2 });
  });

  it('a cell that reads a cycle depends on it', () => {
    const found = problemsOf(
      seedWith(
        [['drivers', 'marketingBudget', 1], '=operatingExpenses * 2'],
        [['drivers', 'operatingExpenses', 1], '=marketingBudget / 2'],
        [['drivers', 'salesMarketingOverhead', 1], '=operatingExpenses / 4'],
      ),
    );
    const overhead = found.find((p) => p.place === 'S&M overhead, 2027');
    expect(overhead?.message).toContain('depends on Operating expenses, 2027');
  });

  it.each(['=import(1)', '=evaluate("1 + 1")', '=createUnit("seat")', '=parse("1")', '=simplify("x")'])('%s is refused on its cell', (formula) => {
    const found = problemsOf(seedWith([['drivers', 'operatingExpenses', 2], formula]));
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Operating expenses, 2028');
    expect(found[0]!.cell).toEqual({ kind: 'driver', key: 'operatingExpenses', y: 2 });
    expect(found[0]!.message).not.toBe('');
  });

  it.each(['=1 / 0', '=0 / 0', '=sqrt(-1)'])('%s, not a finite number, is refused on its cell', (formula) => {
    const found = problemsOf(seedWith([['drivers', 'cogsPerCustomer', 4], formula]));
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('COGS per customer, 2030');
    expect(found[0]!.cell).toEqual({ kind: 'driver', key: 'cogsPerCustomer', y: 4 });
  });

  it('a formula that does not parse is refused on its cell', () => {
    const found = problemsOf(seedWith([['plans', 1, 'churn', 1], '=0.02 *']));
    expect(found.map((p) => p.place)).toEqual(['Growth plan, churn, 2027']);
  });

  it('several broken cells are all reported at once', () => {
    const found = problemsOf(seedWith([['drivers', 'marketingBudget', 0], '=prev'], [['plans', 0, 'price', 4], '=nope'], [['drivers', 'trialToPaid', 2], '=1 +']));
    expect(found.map((p) => p.place).sort()).toEqual(['Marketing budget, 2026', 'Starter plan, price, 2030', 'Trial-to-paid, 2028']);
  });
});

describe('the shipped CRM scenarios resolve to hand-checked values', () => {
  it('conservative', () => {
    const v = valuesOf(conservative);
    // 200000 * 1.6 = 320000, * 1.6 = 512000, 819200, 1310720
    expectRow(v.drivers.marketingBudget, [200000, 320000, 512000, 819200, 1310720]);
    // 8 * 1.05^k: 8, 8.4, 8.82, 9.261, 9.72405
    expectRow(v.drivers.visitorAcquisitionCost, [8, 8.4, 8.82, 9.261, 9.72405]);
    // 0.06 + k * 0.00375 and 0.2 + k * 0.01875
    expectRow(v.drivers.visitorToTrial, [0.06, 0.06375, 0.0675, 0.07125, 0.075]);
    expectRow(v.drivers.trialToPaid, [0.2, 0.21875, 0.2375, 0.25625, 0.275]);
    const [starter, growth, pro] = v.plans;
    // growth price = 2 x starter price = 2 x 50
    expectRow(growth!.price, [100, 100, 100, 100, 100]);
    // pro mix 0.1 + k * 0.0125; starter = 1 - 0.3 - pro
    expectRow(pro!.mix, [0.1, 0.1125, 0.125, 0.1375, 0.15]);
    expectRow(starter!.mix, [0.6, 0.5875, 0.575, 0.5625, 0.55]);
    // starter churn max(prev - 0.0025, 0.03): 0.045, 0.0425, 0.04, 0.0375, 0.035
    expectRow(starter!.churn, [0.045, 0.0425, 0.04, 0.0375, 0.035]);
  });

  it('aggressive', () => {
    const v = valuesOf(aggressive);
    // 300000, x2 = 600000, x2 = 1200000, x1.75 = 2100000, x1.5 = 3150000
    expectRow(v.drivers.marketingBudget, [300000, 600000, 1200000, 2100000, 3150000]);
    // 0.06, 0.07, 0.08, min(0.09, 0.095) = 0.09, prev = 0.09
    expectRow(v.drivers.visitorToTrial, [0.06, 0.07, 0.08, 0.09, 0.09]);
    // 0.2, 0.25, 0.3, min(0.35, 0.36) = 0.35, prev = 0.35
    expectRow(v.drivers.trialToPaid, [0.2, 0.25, 0.3, 0.35, 0.35]);
    const [starter, , pro] = v.plans;
    // pro price 180, 180, 180 * 1.08 = 194.4, 194.4 * 1.08 = 209.952, 180 * 1.08^3 = 226.74816
    expectRow(pro!.price, [180, 180, 194.4, 209.952, 226.74816]);
    // pro mix: 2029 is `year >= 2029 ? 0.25 : prev` = 0.25
    expectRow(pro!.mix, [0.1, 0.15, 0.2, 0.25, 0.25]);
    // starter = 1 - 0.3 - pro
    expectRow(starter!.mix, [0.6, 0.55, 0.5, 0.45, 0.45]);
  });
});
