// sameScenario must answer exactly what comparing the two files' compact text answers (it replaces
// that comparison in the "unsaved changes" check, which runs on every edit): property-tested
// against compactScenario itself over edits, reordered keys and values JSON cannot write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { parseScenario } from './parse-scenario';
import { compactScenario, sameScenario } from './serialize';
import type { Scenario } from './types';

const RUNS = { numRuns: 3_000, seed: 20261130 };

const parsed = (() => {
  const r = parseScenario(baseline);
  if (!r.ok) throw new Error('the baseline does not parse');
  return r.scenario;
})();

type Path = (string | number)[];

/** Every place in the scenario, objects and arrays included, as paths. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, Array.isArray(value) ? Number(k) : k], out);
  return out;
}
const PATHS = pathsOf(parsed).filter((p) => p.length > 0);

/** A copy with `value` at `path` (a new key when `key` is given), sharing nothing with the original. */
function edited(doc: unknown, path: Path, value: unknown, key?: string): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (key !== undefined && at[last] !== null && typeof at[last] === 'object' && !Array.isArray(at[last])) (at[last] as Record<string, unknown>)[key] = value;
  else at[last] = value;
  return copy;
}

/** A deep copy with each object's keys in reverse order: the same file, another order in memory. */
function reversedKeys(x: unknown): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) return x.map(reversedKeys);
  return Object.fromEntries(Object.keys(x).reverse().map((k) => [k, reversedKeys((x as Record<string, unknown>)[k])]));
}

// Values a scenario in memory may hold, and ones JSON cannot write (dropped in objects, null in arrays).
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, null, Number.NaN, Infinity, -Infinity, 0, -0, '', '=prev * 1.01'),
  fc.array(fc.oneof(fc.double(), fc.constant(undefined), fc.constant(null)), { maxLength: 5 }),
);
const edit = fc.record({ path: fc.constantFrom(...PATHS), value, key: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }) });

const same = (a: unknown, b: unknown) => sameScenario(a as Scenario, b as Scenario);
const sameText = (a: unknown, b: unknown) => compactScenario(a as Scenario) === compactScenario(b as Scenario);

describe('sameScenario', () => {
  it('agrees with comparing compactScenario texts: one side edited, either side reordered', () => {
    fc.assert(fc.property(edit, fc.boolean(), fc.boolean(), ({ path, value: v, key }, flipA, flipB) => {
      const a = flipA ? reversedKeys(parsed) : parsed;
      const changed = edited(parsed, path, v, key);
      const b = flipB ? reversedKeys(changed) : changed;
      expect(same(a, b)).toBe(sameText(a, b));
      expect(same(b, a)).toBe(sameText(b, a));
    }), RUNS);
  });

  it('agrees when both sides are edited at the same place (often to equal files)', () => {
    fc.assert(fc.property(edit, value, ({ path, value: v, key }, w) => {
      const a = edited(parsed, path, v, key), b = edited(parsed, path, w, key);
      expect(same(a, b)).toBe(sameText(a, b));
      expect(same(a, reversedKeys(a))).toBe(true);
    }), RUNS);
  });

  it('tells a one-cell edit from the original, and sees the edit set back as no change', () => {
    const cell = structuredClone(parsed);
    cell.drivers.trialToPaid[4] = 0.36;
    expect(sameScenario(parsed, cell)).toBe(false);
    cell.drivers.trialToPaid[4] = parsed.drivers.trialToPaid[4]!;
    expect(sameScenario(parsed, cell)).toBe(true);
    // JSON writes an undefined key as nothing, and NaN as null.
    expect(sameScenario(parsed, { ...parsed, note: undefined } as Scenario)).toBe(true);
    expect(sameScenario(parsed, { ...parsed, note: Number.NaN } as Scenario)).toBe(false);
  });
});
