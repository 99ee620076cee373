// parseScenario / parseScenarioText against MODEL.md, "Scenario file" and its Validation
// paragraph, the file as a whole: the seed parses, required fields, schemaVersion, what is not a
// scenario, every problem at once, unknown fields kept, no prototype pollution, defaults.
// Each case starts from the seed file (which is valid) and changes only what it tests.
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { parseScenario, parseScenarioText } from './parse-scenario';
import { lines, problemsOf, REMOVE, seed, seedWith, type Path } from './test-seed-file';

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
