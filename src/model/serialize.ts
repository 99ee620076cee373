import { DRIVER_KEYS, PLAN_ROW_KEYS, type Scenario } from './types';

// A saved file should diff well in git: the same scenario always gives the same bytes, known
// fields in MODEL.md's order, unknown fields kept after them in alphabetical order (so that
// their order in memory, which depends on how the file was built, never shows in a diff).

const TOP_KEYS = ['schemaVersion', 'name', 'description', 'currency', 'startYear', 'startingCash', 'drivers', 'plans', 'targets', 'funding', 'actuals'];
const PLAN_KEYS = ['id', 'name', 'initialCustomers', ...PLAN_ROW_KEYS];
const TARGET_KEYS = ['metric', 'year', 'min', 'max'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function ordered(obj: Record<string, unknown>, known: readonly string[]): [string, unknown][] {
  const knownSet = new Set(known);
  const first = known.filter((k) => obj[k] !== undefined).map((k): [string, unknown] => [k, obj[k]]);
  const rest = Object.keys(obj)
    .filter((k) => !knownSet.has(k) && obj[k] !== undefined)
    .sort()
    .map((k): [string, unknown] => [k, obj[k]]);
  return [...first, ...rest];
}

/** Rebuilds a value with its keys in the file's order; `known` orders the object's own keys. */
function order(value: unknown, known: readonly string[] = []): Json {
  if (value === null || typeof value !== 'object') return value as Json;
  if (Array.isArray(value)) return value.map((x) => order(x));
  return Object.fromEntries(ordered(value as Record<string, unknown>, known).map(([k, v]) => [k, order(v)]));
}

/** The scenario with every key in the file's order (MODEL.md's order, then unknown fields A-Z). */
export function orderScenario(scenario: Scenario): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, value] of ordered(scenario, TOP_KEYS)) {
    if (key === 'drivers' && value && typeof value === 'object') out[key] = order(value, DRIVER_KEYS);
    else if (key === 'plans' && Array.isArray(value)) out[key] = value.map((p) => order(p, PLAN_KEYS));
    else if (key === 'targets' && Array.isArray(value)) out[key] = value.map((t) => order(t, TARGET_KEYS));
    else out[key] = order(value);
  }
  return out;
}

const isPrimitive = (x: Json) => x === null || typeof x !== 'object';
const INLINE_WIDTH = 100;

/** Pretty JSON: a row of cells or a small flat object on one line, anything else indented. */
function pretty(value: Json, indent: string): string {
  if (isPrimitive(value)) return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPrimitive)) return `[${value.map((x) => JSON.stringify(x)).join(', ')}]`;
    return `[\n${value.map((x) => inner + pretty(x, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  if (entries.every(([, x]) => isPrimitive(x))) {
    const flat = `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`).join(', ')} }`;
    if (flat.length + indent.length <= INLINE_WIDTH) return flat;
  }
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${pretty(x, inner)}`).join(',\n')}\n${indent}}`;
}

/** A scenario file's text: pretty-printed, stable key order, ending in a newline. */
export function serializeScenario(scenario: Scenario): string {
  return pretty(orderScenario(scenario), '') + '\n';
}

/** The same content on one line, for share links and storage (stable order, no spaces). */
export function compactScenario(scenario: Scenario): string {
  return JSON.stringify(orderScenario(scenario));
}

// JSON's view of a value: undefined, a function or a symbol is dropped with its key inside an
// object and written as null inside an array; NaN and Infinity are written as null anywhere.
const dropped = (x: unknown) => x === undefined || typeof x === 'function' || typeof x === 'symbol';
const leaf = (x: unknown) => (dropped(x) || (typeof x === 'number' && !Number.isFinite(x)) ? null : x);

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const objectA = a !== null && typeof a === 'object', objectB = b !== null && typeof b === 'object';
  if (!objectA || !objectB) return !objectA && !objectB && leaf(a) === leaf(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const ra = a as Record<string, unknown>, rb = b as Record<string, unknown>;
  let written = 0;
  for (const key of Object.keys(ra)) {
    if (dropped(ra[key])) continue;
    written++;
    if (!Object.hasOwn(rb, key) || dropped(rb[key]) || !sameJson(ra[key], rb[key])) return false;
  }
  for (const key of Object.keys(rb)) if (!dropped(rb[key])) written--;
  return written === 0;
}

/**
 * Whether two scenarios write the same file: `compactScenario(a) === compactScenario(b)`, found by
 * walking both (and skipping what they share) instead of writing either.
 */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  return sameJson(a, b);
}
