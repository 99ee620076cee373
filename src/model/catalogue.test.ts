// The catalogue and the engine name the same figures: a figure the engine emits without an entry
// (no label anywhere), or an entry for a figure the engine does not emit (a stale label), fails.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, inRange, rangeText } from './catalogue';
import { project } from './engine';
import { projectionOutput } from './output';
import { parseScenarioText } from './parse-scenario';
import { ACTUAL_FIGURES, DRIVER_KEYS, PLAN_ROW_KEYS, type Scenario } from './types';

const text = readFileSync(new URL('../../scenarios/crm-baseline.json', import.meta.url), 'utf8');
const parsed = parseScenarioText(text);
if (!parsed.ok) throw new Error('the baseline must parse');
const out = projectionOutput(parsed.scenario, parsed.values, project(parsed.values));
const sorted = (keys: Iterable<string>) => [...keys].sort();
// A month record's place and its per-plan breakdown are structure, not figures.
const STRUCTURE = new Set(['month', 'year', 'customersByPlan']);

describe('the catalogue names exactly the figures the engine emits', () => {
  it('every monthly figure of the headless output, and no other', () => {
    const emitted = Object.keys(out.months[0]!).filter((k) => !STRUCTURE.has(k));
    expect(sorted(emitted)).toEqual(sorted(Object.keys(CATALOGUE.monthly)));
  });

  it('every annual figure of the headless output, and no other', () => {
    const emitted = Object.keys(out.years[0]!).filter((k) => !STRUCTURE.has(k));
    expect(sorted(emitted)).toEqual(sorted(Object.keys(CATALOGUE.annual)));
  });

  it("the summary's four figures", () => {
    expect(sorted(Object.keys(out.summary))).toEqual(sorted(Object.keys(CATALOGUE.summary)));
  });

  it('every figure an actual month may give (the ones validation accepts)', () => {
    expect(sorted(Object.keys(CATALOGUE.actuals))).toEqual(sorted(['customersByPlan', ...ACTUAL_FIGURES]));
  });

  it('every driver row and plan row of the scenario file', () => {
    expect(sorted(Object.keys(CATALOGUE.drivers))).toEqual(sorted(DRIVER_KEYS));
    expect(sorted(Object.keys(CATALOGUE.planRows))).toEqual(sorted(PLAN_ROW_KEYS));
    expect(sorted(Object.keys(parsed.scenario.drivers))).toEqual(sorted(DRIVER_KEYS));
  });
});

describe('every entry', () => {
  const all = Object.entries(CATALOGUE).flatMap(([section, entries]) => Object.entries(entries).map(([key, e]) => [`${section}.${key}`, key, e] as const));
  it.each(all)('%s has its own key, words and a formula', (_, key, e) => {
    expect(e.key).toBe(key);
    expect(e.label.trim()).not.toBe('');
    expect(e.shortLabel.length).toBeLessThanOrEqual(e.label.length + 4);
    expect(e.formula).toMatch(/=/);
    expect(e.explanation).toMatch(/^[A-Z].*\.$/);
  });

  it.each(Object.entries(CATALOGUE.monthly).concat(Object.entries(CATALOGUE.annual)))('output %s: its formula defines it', (key, e) => {
    expect(e.formula.startsWith(`${key} = `)).toBe(true);
  });
});

/** The baseline with one driver cell or plan cell set to x, parsed: the problems that cell gets. */
function problemsWith(set: (s: Scenario) => void): string[] {
  const s = structuredClone(parsed.ok ? parsed.scenario : null)!;
  set(s);
  const r = parseScenarioText(JSON.stringify(s));
  return r.ok ? [] : r.problems.map((p) => `${p.place}: ${p.message}`);
}

describe("an input's range is what validation enforces", () => {
  // Just inside and just outside each bound: the catalogue and validation must agree on both.
  const eps = 1e-6;
  it.each(DRIVER_KEYS)('driver %s', (key) => {
    const { range } = CATALOGUE.drivers[key];
    for (const x of [range.min, range.min - eps, range.min + eps, range.max, range.max + eps].filter(Number.isFinite)) {
      const refused = problemsWith((s) => { s.drivers[key][1] = x; }).length > 0;
      expect(refused, `${key} = ${x}, range ${rangeText(range, CATALOGUE.drivers[key].kind)}`).toBe(!inRange(range, x));
    }
  });

  it.each(['price', 'churn'] as const)('plan row %s', (field) => {
    const { range } = CATALOGUE.planRows[field];
    for (const x of [range.min, range.min - eps, range.max, range.max + eps].filter(Number.isFinite)) {
      // The Growth plan: churn + upgrade + downgrade stays <= 1 only if the others are 0.
      const refused = problemsWith((s) => { s.plans[1]![field][2] = x; s.plans[1]!.upgrade[2] = 0; s.plans[1]!.downgrade[2] = 0; }).length > 0;
      expect(refused, `${field} = ${x}`).toBe(!inRange(range, x));
    }
  });
});

describe('rangeText', () => {
  it('says a range in words', () => {
    expect(rangeText(CATALOGUE.drivers.visitorToTrial.range, 'rate')).toBe('between 0 % and 100 %');
    expect(rangeText(CATALOGUE.drivers.visitorAcquisitionCost.range, 'unitMoney')).toBe('more than 0');
    expect(rangeText(CATALOGUE.drivers.marketingBudget.range, 'money')).toBe('not negative');
    expect(rangeText(CATALOGUE.scenario.startingCash.range, 'money')).toBe('any number');
  });
});

// docs/model.md (issue 16) documents every figure in the project's words: when it exists, each
// catalogue key appears in it, so a figure added to the engine and the catalogue is also documented.
const modelDoc = new URL('../../docs/model.md', import.meta.url);
describe.skipIf(!existsSync(modelDoc))('docs/model.md names every figure of the catalogue (skipped until it exists)', () => {
  const doc = existsSync(modelDoc) ? readFileSync(modelDoc, 'utf8') : '';
  const keys = new Set(['drivers', 'planRows', 'monthly', 'annual', 'summary'].flatMap((s) => Object.keys(CATALOGUE[s as keyof typeof CATALOGUE])));
  it.each([...keys])('`%s`', (key) => {
    expect(doc).toContain(`\`${key}\``);
  });
});
