// parseScenario / parseScenarioText against MODEL.md, "Scenario file" and its Validation
// paragraph: every rule is refused with the place a user reads, and every problem comes at once.
// Each case starts from the seed file (which is valid) and changes only what it tests.
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { formatProblem, parseScenario, parseScenarioText, type ParseResult } from './parse-scenario';

type Json = Record<string | number, unknown>;
type Path = (string | number)[];
const REMOVE = Symbol('remove');

/** A fresh copy of the seed file, typed loosely so a test can break it any way a file can be. */
const seed = (): Json => structuredClone(baseline) as unknown as Json;

/** Sets (or removes, with REMOVE) the value at a JSON path. */
function edit(doc: Json, path: Path, value: unknown): Json {
  let node = doc;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  const last = path[path.length - 1]!;
  if (value === REMOVE) delete node[last];
  else node[last] = value;
  return doc;
}

/** The seed with some edits applied. */
function seedWith(...edits: [Path, unknown][]): Json {
  const doc = seed();
  for (const [path, value] of edits) edit(doc, path, value);
  return doc;
}

/** The problems of a result that must fail, as the lines a user reads. */
function lines(result: ParseResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const problemsOf = (input: unknown) => lines(parseScenario(input));

describe('the seed file', () => {
  it('parses without problems and keeps its values', () => {
    const result = parseScenario(seed());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.name).toBe('CRM baseline 2026-2030');
    expect(Array.from(result.values.drivers.marketingBudget)).toEqual([200000, 400000, 700000, 1100000, 1500000]);
    expect(Array.from(result.values.plans[2]!.price)).toEqual([180, 180, 180, 180, 180]);
  });

  it('parses from text as well', () => {
    expect(parseScenarioText(JSON.stringify(baseline)).ok).toBe(true);
  });
});

describe('money and counts must not be negative', () => {
  it('a negative Pro price in 2029 names the plan, the row and the year', () => {
    // plans[2] is Pro, cell 3 is 2026 + 3 = 2029
    expect(problemsOf(seedWith([['plans', 2, 'price', 3], -1]))).toEqual(['Pro plan, price, 2029: must not be negative']);
  });

  it('a formula that evaluates to a negative price is refused the same way', () => {
    expect(problemsOf(seedWith([['plans', 2, 'price', 3], '=0 - 5']))).toEqual(['Pro plan, price, 2029: must not be negative']);
  });

  it.each([
    ['marketingBudget', 'Marketing budget'],
    ['cogsPerCustomer', 'COGS per customer'],
    ['salesMarketingOverhead', 'S&M overhead'],
    ['operatingExpenses', 'Operating expenses'],
  ])('a negative %s names the row label and the year', (key, label) => {
    expect(problemsOf(seedWith([['drivers', key, 1], -0.5]))).toEqual([`${label}, 2027: must not be negative`]);
  });

  it('negative initialCustomers is refused on the plan', () => {
    expect(problemsOf(seedWith([['plans', 0, 'initialCustomers'], -3]))).toEqual(['Starter plan, initialCustomers: must not be negative']);
  });

  it('startingCash may be negative (a company that starts in debt)', () => {
    const result = parseScenario(seedWith([['startingCash'], -500000]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.startingCash).toBe(-500000);
  });
});

describe('rates must lie in [0, 1]', () => {
  // Each rate row, once below 0 and once above 1, in a cell whose change breaks no other rule:
  // the mix cases move the excess to another plan so the year still sums to 1, and the churn,
  // upgrade and downgrade cases stay at or under 100 % in total.
  it.each([
    ['visitorToTrial 1.5', [[['drivers', 'visitorToTrial', 1], 1.5]], ['Visitor-to-trial, 2027: must be between 0 % and 100 % (is 150 %)']],
    ['visitorToTrial -0.01', [[['drivers', 'visitorToTrial', 0], -0.01]], ['Visitor-to-trial, 2026: must be between 0 % and 100 % (is -1 %)']],
    ['trialToPaid 1.2', [[['drivers', 'trialToPaid', 4], 1.2]], ['Trial-to-paid, 2030: must be between 0 % and 100 % (is 120 %)']],
    ['trialToPaid -0.2', [[['drivers', 'trialToPaid', 2], -0.2]], ['Trial-to-paid, 2028: must be between 0 % and 100 % (is -20 %)']],
    ['cogsPercent 2', [[['drivers', 'cogsPercent', 3], 2]], ['COGS %, 2029: must be between 0 % and 100 % (is 200 %)']],
    ['cogsPercent -0.05', [[['drivers', 'cogsPercent', 0], -0.05]], ['COGS %, 2026: must be between 0 % and 100 % (is -5 %)']],
    // 2026 mix: starter 1.2 + growth -0.3 + pro 0.1 = 1.0
    [
      'mix 1.2 and -0.3',
      [[['plans', 0, 'mix', 0], 1.2], [['plans', 1, 'mix', 0], -0.3]],
      ['Starter plan, mix, 2026: must be between 0 % and 100 % (is 120 %)', 'Growth plan, mix, 2026: must be between 0 % and 100 % (is -30 %)'],
    ],
    ['churn -0.1', [[['plans', 1, 'churn', 2], -0.1]], ['Growth plan, churn, 2028: must be between 0 % and 100 % (is -10 %)']],
    // Pro 2030: churn 1.01 alone is over 100 %, so the sum rule fires on the same cell too
    [
      'churn 1.01',
      [[['plans', 2, 'churn', 4], 1.01], [['plans', 2, 'downgrade', 4], 0]],
      ['Pro plan, churn, 2030: must be between 0 % and 100 % (is 101 %)', 'Pro plan, churn, 2030: churn + upgrade + downgrade is 101 %: must be at most 100 %'],
    ],
    ['upgrade -0.01', [[['plans', 0, 'upgrade', 1], -0.01]], ['Starter plan, upgrade, 2027: must be between 0 % and 100 % (is -1 %)']],
    // Growth 2026: churn 0 + upgrade 1.5 + downgrade -0.5 = 100 %, so only the range rule fires
    [
      'upgrade 1.5 and downgrade -0.5',
      [[['plans', 1, 'churn', 0], 0], [['plans', 1, 'upgrade', 0], 1.5], [['plans', 1, 'downgrade', 0], -0.5]],
      ['Growth plan, upgrade, 2026: must be between 0 % and 100 % (is 150 %)', 'Growth plan, downgrade, 2026: must be between 0 % and 100 % (is -50 %)'],
    ],
  ] as [string, [Path, unknown][], string[]][])('%s', (_, edits, expected) => {
    expect(problemsOf(seedWith(...edits)).sort()).toEqual([...expected].sort());
  });
});

describe('visitor acquisition cost must be more than 0', () => {
  it.each([0, -8])('%d is refused', (x) => {
    expect(problemsOf(seedWith([['drivers', 'visitorAcquisitionCost', 2], x]))).toEqual([
      'Visitor acquisition cost, 2028: must be more than 0 (cost per visitor)',
    ]);
  });
});

describe('a cell is a finite number or a formula', () => {
  it('text that does not start with = is refused on its cell', () => {
    expect(problemsOf(seedWith([['drivers', 'marketingBudget', 1], 'four hundred thousand']))).toEqual([
      'Marketing budget, 2027: a text cell must be a formula starting with =',
    ]);
  });

  it('a number written as text is not a number', () => {
    expect(problemsOf(seedWith([['plans', 1, 'price', 0], '100']))).toEqual(['Growth plan, price, 2026: a text cell must be a formula starting with =']);
  });

  it.each([true, null, [1], { value: 1 }])('%j is refused on its cell', (x) => {
    expect(problemsOf(seedWith([['drivers', 'operatingExpenses', 4], x]))).toEqual([
      'Operating expenses, 2030: must be a number or a formula starting with =',
    ]);
  });

  it('NaN (not from JSON, but from code that builds a scenario) is refused on its cell', () => {
    expect(problemsOf(seedWith([['plans', 2, 'churn', 1], NaN]))).toEqual(['Pro plan, churn, 2027: must be a finite number']);
  });

  it.each([Infinity, -Infinity])('%d is refused on its cell', (x) => {
    expect(problemsOf(seedWith([['plans', 2, 'churn', 1], x]))).toEqual(['Pro plan, churn, 2027: must be a finite number']);
  });

  it('1e400 in the file text (Infinity once parsed) is refused on its cell', () => {
    const text = JSON.stringify(seed()).replace('"marketingBudget":[200000,', '"marketingBudget":[1e400,');
    expect(text).toContain('1e400');
    expect(lines(parseScenarioText(text))).toEqual(['Marketing budget, 2026: must be a finite number']);
  });

  it('-1e400 startingCash is refused (any finite number, but finite)', () => {
    const text = JSON.stringify(seed()).replace('"startingCash":2000000', '"startingCash":-1e400');
    expect(lines(parseScenarioText(text))).toEqual(['startingCash: must be a finite number']);
  });
});

describe('plan mix sums to 1 in every year', () => {
  it('names the year and shows the sum', () => {
    // 2027: starter 0.5 + growth 0.3 + pro 0.125 = 0.925
    expect(problemsOf(seedWith([['plans', 0, 'mix', 1], 0.5]))).toEqual(['Plan mix, 2027: sums to 92.5 %: must be 100 %']);
  });

  it('over 100 % is refused too', () => {
    // 2030: starter 0.5 + growth 0.4 + pro 0.2 = 1.1
    expect(problemsOf(seedWith([['plans', 1, 'mix', 4], 0.4]))).toEqual(['Plan mix, 2030: sums to 110 %: must be 100 %']);
  });

  it('within 1e-9 of 1 is accepted (thirds entered as formulas)', () => {
    const third = '=1/3';
    const result = parseScenario(
      seedWith([['plans', 0, 'mix', 0], third], [['plans', 1, 'mix', 0], third], [['plans', 2, 'mix', 0], third]),
    );
    expect(result.ok).toBe(true);
  });

  it('a sum just off 100 % does not read as "sums to 100 %: must be 100 %"', () => {
    // 2026: 0.33333 * 3 = 0.99999, 1e-5 away from 1, so it is refused; the message must show a
    // sum a user can tell from 100 %.
    const [line] = problemsOf(
      seedWith([['plans', 0, 'mix', 0], 0.33333], [['plans', 1, 'mix', 0], 0.33333], [['plans', 2, 'mix', 0], 0.33333]),
    );
    expect(line).toMatch(/^Plan mix, 2026: sums to /);
    expect(line).not.toContain('sums to 100 %');
  });

  it('a rate just over 100 % does not read as "(is 100 %)"', () => {
    // 1.00001 is outside [0, 1], so it is refused; "must be between 0 % and 100 % (is 100 %)"
    // would contradict itself.
    const [line] = problemsOf(seedWith([['drivers', 'visitorToTrial', 0], 1.00001]));
    expect(line).toMatch(/^Visitor-to-trial, 2026: must be between 0 % and 100 % \(is /);
    expect(line).not.toContain('(is 100 %)');
  });
});

describe('churn + upgrade + downgrade must be at most 1', () => {
  it('is refused on the plan and year, with the total', () => {
    // Growth 2026: 0.5 + 0.3 + 0.3 = 1.1
    expect(
      problemsOf(seedWith([['plans', 1, 'churn', 0], 0.5], [['plans', 1, 'upgrade', 0], 0.3], [['plans', 1, 'downgrade', 0], 0.3])),
    ).toEqual(['Growth plan, churn, 2026: churn + upgrade + downgrade is 110 %: must be at most 100 %']);
  });

  it('exactly 100 % is accepted', () => {
    // Growth 2026: 0.5 + 0.25 + 0.25 = 1
    expect(parseScenario(seedWith([['plans', 1, 'churn', 0], 0.5], [['plans', 1, 'upgrade', 0], 0.25], [['plans', 1, 'downgrade', 0], 0.25])).ok).toBe(true);
  });
});

describe('rows hold exactly 5 cells', () => {
  it.each([
    [[200000, 400000, 700000, 1100000], 4],
    [[200000, 400000, 700000, 1100000, 1500000, 1900000], 6],
  ])('a driver row of %j is refused (found %d)', (row, found) => {
    expect(problemsOf(seedWith([['drivers', 'marketingBudget'], row]))).toEqual([
      `Marketing budget: must have exactly 5 cells, one per year (found ${found})`,
    ]);
  });

  it.each([
    [[180, 180, 180, 180], 4],
    [[180, 180, 180, 180, 180, 180], 6],
  ])('a plan row of %j is refused (found %d)', (row, found) => {
    expect(problemsOf(seedWith([['plans', 2, 'price'], row]))).toEqual([`Pro plan, price: must have exactly 5 cells, one per year (found ${found})`]);
  });

  it('a row that is not a list is refused', () => {
    expect(problemsOf(seedWith([['drivers', 'trialToPaid'], 0.2]))).toEqual(['Trial-to-paid: must be a list of 5 cells, one per year']);
  });
});

describe('plans', () => {
  it('duplicate ids are refused on the second plan, and only that is reported', () => {
    // The file's other cells are all valid (Starter's downgrade is 0, every year's mix sums to 1),
    // so the duplicate id is the one problem a user should read.
    expect(problemsOf(seedWith([['plans', 1, 'id'], 'starter']))).toEqual([
      'Growth plan, id: "starter" is already the id of plan 1: plan ids must be unique',
    ]);
  });

  it('an id with other characters than letters, digits and _ is refused', () => {
    expect(problemsOf(seedWith([['plans', 2, 'id'], 'pro plan']))).toEqual(['Pro plan, id: must be letters, digits or _ (e.g. pro)']);
  });

  it('upgrade on the top plan must be 0', () => {
    expect(problemsOf(seedWith([['plans', 2, 'upgrade', 0], 0.01]))).toEqual(['Pro plan, upgrade, 2026: must be 0 on the top plan: there is no higher tier']);
  });

  it('downgrade on the bottom plan must be 0', () => {
    expect(problemsOf(seedWith([['plans', 0, 'downgrade', 4], 0.01]))).toEqual([
      'Starter plan, downgrade, 2030: must be 0 on the bottom plan: there is no lower tier',
    ]);
  });

  it('no plan is refused', () => {
    expect(problemsOf(seedWith([['plans'], []]))).toEqual(['plans: must hold at least one plan']);
  });

  /** n plans, mix 0.5 on the first and the rest shared evenly, no moves out of the ends. */
  function plans(n: number): Json[] {
    const base = (baseline.plans[1] as unknown) as Json;
    return Array.from({ length: n }, (_, i) => ({
      ...structuredClone(base),
      id: `tier${i}`,
      name: `Tier ${i}`,
      mix: Array(5).fill(i === 0 ? (n === 1 ? 1 : 0.5) : 0.5 / (n - 1)),
      upgrade: Array(5).fill(i === n - 1 ? 0 : 0.01),
      downgrade: Array(5).fill(i === 0 ? 0 : 0.005),
    }));
  }

  it('one plan is enough, and so are six', () => {
    const one = parseScenario(seedWith([['plans'], plans(1)], [['targets'], []]));
    expect(one.ok ? [] : one.problems.map(formatProblem)).toEqual([]);
    const six = parseScenario(seedWith([['plans'], plans(6)], [['targets'], []]));
    expect(six.ok ? [] : six.problems.map(formatProblem)).toEqual([]);
  });

  it('seven plans are refused', () => {
    expect(problemsOf(seedWith([['plans'], plans(7)], [['targets'], []]))).toEqual(['plans: must hold at most 6 plans']);
  });
});

describe('targets', () => {
  // The seed's targets[0] is { metric: visitorToTrial, year: 2030, min: 0.09 }.
  it('a target without min or max is refused', () => {
    expect(problemsOf(seedWith([['targets', 0, 'min'], REMOVE]))).toEqual(['Target 1 (visitorToTrial 2030): needs a min, a max or both']);
  });

  it('an unknown metric is refused, with examples of known ones', () => {
    expect(problemsOf(seedWith([['targets', 0, 'metric'], 'happiness']))).toEqual([
      'Target 1 (happiness 2030): unknown metric "happiness": use an annual figure (e.g. nrr), a driver (e.g. visitorToTrial) or a plan row (e.g. mix_pro)',
    ]);
  });

  it('a plan row of a plan that does not exist is an unknown metric', () => {
    const [line] = problemsOf(seedWith([['targets', 4, 'metric'], 'mix_enterprise']));
    expect(line).toMatch(/^Target 5 \(mix_enterprise 2030\): unknown metric "mix_enterprise"/);
  });

  it.each([2025, 2031])('year %d, outside the projection, is refused', (year) => {
    expect(problemsOf(seedWith([['targets', 2, 'year'], year]))).toEqual([`Target 3 (cac ${year}): year must be between 2026 and 2030`]);
  });

  it('the projection follows startYear', () => {
    // startYear 2030 projects 2030..2034, so the seed's 2026 cac target is outside it
    expect(problemsOf(seedWith([['startYear'], 2030]))).toEqual(['Target 3 (cac 2026): year must be between 2030 and 2034']);
  });

  it('min above max is refused', () => {
    expect(problemsOf(seedWith([['targets', 1, 'max'], 0.3]))).toEqual(['Target 2 (trialToPaid 2030): min (0.35) must not exceed max (0.3)']);
  });

  it('a target without a metric is missing one', () => {
    expect(problemsOf(seedWith([['targets', 0, 'metric'], REMOVE]))).toEqual(['Target 1, metric: is missing']);
  });
});

describe('required fields', () => {
  it.each([
    [['name'], 'name: is missing'],
    [['startingCash'], 'startingCash: is missing'],
    [['drivers'], 'drivers: is missing'],
    [['drivers', 'visitorToTrial'], 'Visitor-to-trial: is missing'],
    [['plans'], 'plans: is missing'],
    [['plans', 1, 'name'], 'Plan 2, name: is missing'],
    [['plans', 2, 'price'], 'Pro plan, price: is missing'],
  ] as [Path, string][])('without %j: %s', (path, expected) => {
    expect(problemsOf(seedWith([path, REMOVE]))).toEqual([expected]);
  });

  it('an empty name is refused', () => {
    expect(problemsOf(seedWith([['name'], '']))).toEqual(['name: must not be empty']);
  });
});

describe('schemaVersion', () => {
  it('missing is refused with what to write', () => {
    expect(problemsOf(seedWith([['schemaVersion'], REMOVE]))).toEqual(['schemaVersion: is missing: a scenario file starts with "schemaVersion": 2']);
  });

  it('a newer version is refused, saying so', () => {
    const found = problemsOf(seedWith([['schemaVersion'], 3]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^schemaVersion: is 3: /);
    expect(found[0]).toContain('newer version');
  });

  it('"1" as text is refused', () => {
    expect(problemsOf(seedWith([['schemaVersion'], '1']))).toEqual(['schemaVersion: must be 1 or 2']);
  });
});

describe('what is not a scenario', () => {
  it('text that is not JSON says so', () => {
    const found = lines(parseScenarioText('{ "schemaVersion": 1, name: oops'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^file: is not valid JSON/);
  });

  it('an empty file is not valid JSON', () => {
    expect(lines(parseScenarioText(''))[0]).toMatch(/^file: is not valid JSON/);
  });

  it.each(['[]', '[1, 2]', 'null', '42', '"scenario"', 'true'])('%s at the top level is refused', (text) => {
    expect(lines(parseScenarioText(text))).toEqual(['file: is not a scenario: expected a JSON object with schemaVersion, name, drivers and plans']);
  });

  it('undefined passed in is refused without throwing', () => {
    expect(problemsOf(undefined)).toEqual(['file: is not a scenario: expected a JSON object with schemaVersion, name, drivers and plans']);
  });

  it('a file over 5 MB is refused before it is parsed', () => {
    expect(lines(parseScenarioText(' '.repeat(5_000_001)))).toEqual(['file: is 5.0 MB: a scenario file is at most 5 MB']);
  });

  it('nesting deeper than 32 levels is refused', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { deep };
    const found = problemsOf(seedWith([['extra'], deep]));
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]).toMatch(/is nested more than 32 levels deep$/);
  });
});

describe('every problem at once', () => {
  it('three independent value problems give three problems', () => {
    const found = problemsOf(
      seedWith(
        [['plans', 2, 'price', 3], -1], // Pro price 2029
        [['drivers', 'visitorAcquisitionCost', 2], 0], // VAC 2028
        [['drivers', 'cogsPercent', 1], 1.5], // COGS % 2027
      ),
    );
    expect(found.sort()).toEqual(
      [
        'Pro plan, price, 2029: must not be negative',
        'Visitor acquisition cost, 2028: must be more than 0 (cost per visitor)',
        'COGS %, 2027: must be between 0 % and 100 % (is 150 %)',
      ].sort(),
    );
  });

  it('three independent shape problems give three problems', () => {
    const found = problemsOf(seedWith([['name'], REMOVE], [['startingCash'], 'lots'], [['plans', 0, 'churn'], [0.04, 0.035]]));
    expect(found.sort()).toEqual(['name: is missing', 'startingCash: must be a finite number', 'Starter plan, churn: must have exactly 5 cells, one per year (found 2)'].sort());
  });

  it('a failure from values still returns the scenario, so the app can show the grid', () => {
    const result = parseScenario(seedWith([['plans', 2, 'price', 3], -1]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.scenario?.name).toBe('CRM baseline 2026-2030');
  });

  it('every problem carries a JSON path, and cell problems their cell', () => {
    const result = parseScenario(seedWith([['plans', 2, 'price', 3], -1]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ path: ['plans', 2, 'price', 3], cell: { kind: 'plan', planIndex: 2, field: 'price', y: 3 } });
  });
});

describe('unknown fields are kept (forward compatibility)', () => {
  it('at the top level, in a plan, in a target and in drivers', () => {
    const result = parseScenario(
      seedWith(
        [['owner'], { team: 'finance', reviewed: true }],
        [['plans', 1, 'color'], '#3366ff'],
        [['targets', 0, 'note'], 'stretch goal'],
        [['drivers', 'partnerFees'], [1, 2, 3, 4, 5]],
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.owner).toEqual({ team: 'finance', reviewed: true });
    expect(result.scenario.plans[1]!.color).toBe('#3366ff');
    expect(result.scenario.targets[0]!.note).toBe('stretch goal');
    expect((result.scenario.drivers as Record<string, unknown>).partnerFees).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('prototype pollution', () => {
  const hostile = () => {
    // JSON.parse makes "__proto__" an own key, which is how a hostile file would arrive.
    const text = JSON.stringify(seedWith([['plans', 0, 'PROTO_KEY'], { polluted: 'plan' }], [['targets', 0, 'CTOR_KEY'], { prototype: { polluted: 'target' } }]))
      .replace('{', '{"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"ctor"}},')
      .replace('"PROTO_KEY"', '"__proto__"')
      .replace('"CTOR_KEY"', '"constructor"');
    return text;
  };

  it.each([
    ['parseScenarioText', (text: string) => parseScenarioText(text)],
    ['parseScenario of JSON.parse', (text: string) => parseScenario(JSON.parse(text))],
  ])('%s drops __proto__ and constructor and pollutes nothing', (_, parse) => {
    const text = hostile();
    expect(text).toContain('"__proto__":{"polluted":"plan"}');
    const result = parse(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { scenario } = result;
    for (const obj of [scenario, scenario.plans[0]!, scenario.targets[0]!] as object[]) {
      expect(Object.keys(obj)).not.toContain('__proto__');
      expect(Object.keys(obj)).not.toContain('constructor');
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      expect((obj as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(scenario.constructor).toBe(Object);
  });
});

describe('defaults', () => {
  it('currency USD, startYear 2026 and no targets when omitted', () => {
    const result = parseScenario(seedWith([['currency'], REMOVE], [['startYear'], REMOVE], [['targets'], REMOVE], [['description'], REMOVE]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.currency).toBe('USD');
    expect(result.scenario.startYear).toBe(2026);
    expect(result.values.startYear).toBe(2026);
    expect(result.scenario.targets).toEqual([]);
    expect(result.scenario.description).toBeUndefined();
  });

  it('startYear moves every place name', () => {
    // startYear 2030: cell 3 is 2033; the seed's 2026 and 2030 targets are dropped to isolate it
    expect(problemsOf(seedWith([['startYear'], 2030], [['targets'], []], [['plans', 2, 'price', 3], -1]))).toEqual(['Pro plan, price, 2033: must not be negative']);
  });

  it('a currency that is not an ISO 4217 code is refused', () => {
    expect(problemsOf(seedWith([['currency'], 'dollars']))).toEqual(['currency: must be an ISO 4217 code such as USD or EUR']);
  });

  it('a startYear that is not a whole year is refused', () => {
    expect(problemsOf(seedWith([['startYear'], 2026.5]))).toEqual(['startYear: must be a whole year']);
  });
});
