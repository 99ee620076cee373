// Import fuzzing (issue 9): whatever a file holds, parseScenario returns a valid scenario or a list
// of problems that name their places; it never throws and never touches Object.prototype.
// Fixed seed: fast-check prints the seed and the shrunk input on failure, and reruns the same way.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import conservative from '../../scenarios/crm-conservative.json';
import { parseScenario, parseScenarioText, type ParseResult } from './parse-scenario';
import { compactScenario } from './serialize';

const RUNS = { numRuns: 10_000, seed: 20261123 };
const PROTO_KEYS_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO_KEYS_BEFORE = Object.getOwnPropertyNames(Array.prototype).sort();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in a document (objects, arrays and leaves), as JSON paths. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

/** An object with an own `__proto__` key, as JSON.parse makes one (a literal would set the prototype). */
const withOwn = (key: string, value: Json): Record<string, Json> => JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Record<string, Json>;

function nested(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

// Built once and shared: a 10,000-element array is cheap to pass around, not to generate per run.
const HUGE_ARRAY: Json = Array.from({ length: 10_000 }, (_, i) => i);
const HUGE_CELLS: Json = Array.from({ length: 10_000 }, () => '=prev * 1.01');
const LONG_STRING = 'x'.repeat(100_000);
const LONG_FORMULA = '=' + '1+'.repeat(50_000) + '1';

/** Values that go wrong in a place meant for something else. */
const badValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constantFrom<Json | undefined>(
    undefined, // the field is removed
    null, true, false, 0, -0, -1, 1, 0.5, 2, 1e308, -1e308, 5e-324, -5e-324, Number.MAX_SAFE_INTEGER, 1e21,
    '', ' ', '=', '=prev', '=1/0', '=prev * 1e308', '=x', '=constructor', '=__proto__', 'NaN', 'Infinity', '1', '__proto__',
    LONG_STRING, LONG_FORMULA, [], [1], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6], [null, null, null, null, null], ['a', 'b', 'c', 'd', 'e'],
    {}, { a: 1 }, HUGE_ARRAY, HUGE_CELLS, nested(31), nested(40), nested(200),
  ),
  fc.constant(null).map(() => withOwn('__proto__', { polluted: 'yes' })),
  fc.constant(null).map(() => withOwn('constructor', { prototype: { polluted: 'yes' } })),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** Sets, or removes when `value` is undefined, the value at a path (a copy of the doc is changed). */
function mutate(doc: Json, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value === undefined ? null : value;
  let parent = doc as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (last === '__proto__') {
    Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  } else {
    parent[last] = value;
  }
  return doc;
}

const SEEDS = [baseline, conservative] as unknown as Json[];
const SEED_PATHS = SEEDS.map((doc) => pathsOf(doc).filter((p) => p.length > 0));
/** Keys a hostile or newer file might add beside the known ones. */
const extraKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'extra', 'schemaVersion', 'plans');

const mutatedScenario: fc.Arbitrary<Json> = fc
  .record({
    seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
    edits: fc.array(fc.record({ at: fc.nat(), extra: fc.option(extraKey, { nil: undefined }), value: badValue }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ seed, edits }) => {
    let doc: Json = structuredClone(SEEDS[seed]!);
    for (const { at, extra, value } of edits) {
      const paths = pathsOf(doc).filter((p) => p.length > 0);
      const path = paths.length ? (paths[at % paths.length] ?? SEED_PATHS[seed]![0]!) : [];
      // An extra key goes beside the path's last key, in the object that holds it.
      const target: Path = extra !== undefined && path.length > 0 && typeof path[path.length - 1] === 'string' ? [...path.slice(0, -1), extra] : path;
      try {
        doc = mutate(doc, target, value);
      } catch (error) {
        // A path made stale by an earlier edit (a removed parent): keep the document as it is.
        if (!(error instanceof TypeError)) throw error;
      }
    }
    return doc;
  });

/** The contract: ok with a scenario that parses again to itself, or problems that name places. */
function checkResult(result: ParseResult): void {
  if (result.ok) {
    const again = parseScenario(JSON.parse(compactScenario(result.scenario)));
    if (!again.ok) throw new Error(`accepted, but its saved form is refused: ${again.problems.map((p) => `${p.place}: ${p.message}`).join('; ')}`);
    for (const row of Object.values(result.values.drivers)) for (const x of row) if (!Number.isFinite(x)) throw new Error('a non-finite driver value was accepted');
    for (const plan of result.values.plans) for (const x of [...plan.price, ...plan.mix, ...plan.churn]) if (!Number.isFinite(x)) throw new Error('a non-finite plan value was accepted');
    return;
  }
  if (result.problems.length === 0) throw new Error('refused without a problem');
  for (const p of result.problems) {
    if (typeof p.place !== 'string' || p.place === '') throw new Error(`a problem without a place: ${JSON.stringify(p)}`);
    if (typeof p.message !== 'string' || p.message === '') throw new Error(`a problem without a message at ${p.place}`);
    if (!Array.isArray(p.path)) throw new Error(`a problem without a path at ${p.place}`);
  }
}

function checkClean(): void {
  const polluted = ({} as Record<string, unknown>).polluted;
  if (polluted !== undefined) throw new Error(`Object.prototype was polluted: ${String(polluted)}`);
  if (Object.getOwnPropertyNames(Object.prototype).length !== PROTO_KEYS_BEFORE.length) throw new Error('Object.prototype has new keys');
}

describe('import fuzzing (fast-check, 10,000 runs each, seed 20261123)', () => {
  afterAll(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS_BEFORE);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTO_KEYS_BEFORE);
  });

  it('random JSON values (with __proto__ and constructor keys) never throw', () => {
    const key = fc.oneof(fc.string({ maxLength: 8 }), extraKey);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.dictionary(key, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 }), (value, dict) => {
        checkResult(parseScenario(value));
        checkResult(parseScenario(dict));
        checkResult(parseScenario({ ...(baseline as object), ...dict }));
        checkClean();
      }),
      RUNS,
    );
  });

  it('random text never throws (parseScenarioText)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 5 })), (text) => {
        checkResult(parseScenarioText(text));
        checkClean();
      }),
      RUNS,
    );
  });

  it('valid scenarios with wrong types, missing fields, extreme numbers, long strings, hostile keys, deep nesting and huge arrays', () => {
    fc.assert(
      fc.property(mutatedScenario, (doc) => {
        checkResult(parseScenario(doc));
        checkClean();
      }),
      RUNS,
    );
  });

  it('the same mutations through the file text (JSON.parse makes __proto__ an own key)', () => {
    fc.assert(
      fc.property(mutatedScenario, (doc) => {
        checkResult(parseScenarioText(JSON.stringify(doc)));
        checkClean();
      }),
      { ...RUNS, numRuns: 2_000 },
    );
  });
});
