// serializeScenario: a saved file diffs well in git (MODEL.md, "Scenario file"): the same scenario
// always gives the same text, known fields in the contract's order, unknown fields kept after them.
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { parseScenario, parseScenarioText } from './parse-scenario';
import { compactScenario, serializeScenario } from './serialize';
import type { Scenario } from './types';

function parsed(doc: unknown): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.place}: ${p.message}`).join('\n'));
  return r.scenario;
}

/** A deep copy with every object's keys in reverse order (arrays keep their order: it means something). */
function reversedKeys(x: unknown): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) return x.map(reversedKeys);
  return Object.fromEntries(Object.keys(x).reverse().map((k) => [k, reversedKeys((x as Record<string, unknown>)[k])]));
}

const withUnknowns = () => {
  const doc = structuredClone(baseline) as unknown as Record<string, unknown>;
  doc.zNote = 'kept';
  doc.aTag = { y: 2, x: [1, 2], b: { d: 1, c: 2 } };
  (doc.plans as Record<string, unknown>[])[0]!.color = '#336699';
  (doc.drivers as Record<string, unknown>).futureDriver = [1, 2, 3, 4, 5];
  return doc;
};

describe('serializeScenario', () => {
  it('gives the same text whatever the key order in memory', () => {
    const a = serializeScenario(parsed(withUnknowns()));
    const b = serializeScenario(parsed(reversedKeys(withUnknowns())));
    expect(b).toBe(a);
    expect(compactScenario(parsed(reversedKeys(withUnknowns())))).toBe(compactScenario(parsed(withUnknowns())));
  });

  it('writes the known fields in MODEL.md order, then unknown fields A-Z', () => {
    const doc = JSON.parse(serializeScenario(parsed(reversedKeys(withUnknowns())))) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'name', 'description', 'currency', 'startYear', 'startingCash', 'drivers', 'plans', 'targets', 'aTag', 'zNote']);
    expect(Object.keys(doc.drivers as object)).toEqual(['marketingBudget', 'visitorAcquisitionCost', 'visitorToTrial', 'trialToPaid', 'cogsPercent', 'cogsPerCustomer', 'salesMarketingOverhead', 'operatingExpenses', 'futureDriver']);
    const plan = (doc.plans as Record<string, unknown>[])[0]!;
    expect(Object.keys(plan)).toEqual(['id', 'name', 'initialCustomers', 'price', 'mix', 'churn', 'upgrade', 'downgrade', 'color']);
    expect(doc.aTag).toEqual({ b: { c: 2, d: 1 }, x: [1, 2], y: 2 });
    expect(Object.keys(doc.aTag as object)).toEqual(['b', 'x', 'y']);
    expect(doc.zNote).toBe('kept');
    expect(Object.keys((doc.targets as object[])[2]!)).toEqual(['metric', 'year', 'max']);
  });

  it('is pretty-printed: one row of cells per line, two-space indent, a final newline', () => {
    const text = serializeScenario(parsed(structuredClone(baseline)));
    expect(text.startsWith('{\n  "schemaVersion": 2,\n  "name": "CRM baseline 2026-2030",\n')).toBe(true);
    expect(text).toContain('\n    "marketingBudget": [200000, 400000, 700000, 1100000, 1500000],\n');
    expect(text).toContain('\n      "price": [50, 50, 50, 50, 50],\n');
    expect(text).toContain('\n    { "metric": "cac", "year": 2026, "max": 667 },\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads back to the same scenario, formulas and unknown fields included', () => {
    const doc = withUnknowns();
    (doc.drivers as Record<string, unknown[]>).marketingBudget![1] = '=prev * 2';
    const scenario = parsed(doc);
    const back = parseScenarioText(serializeScenario(scenario));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.scenario).toEqual(scenario);
    expect(JSON.parse(compactScenario(scenario))).toEqual(JSON.parse(serializeScenario(scenario)));
  });
});
