// Shared by the parseScenario tests (not shipped: only *.test.ts import it): the seed file, which
// is valid, and ways to break it, so each case changes only what it tests.
import { expect } from 'vitest';
import baseline from '../../scenarios/crm-baseline.json';
import { formatProblem, parseScenario, type ParseResult } from './parse-scenario';

export type Json = Record<string | number, unknown>;
export type Path = (string | number)[];
export const REMOVE = Symbol('remove');

/** A fresh copy of the seed file, typed loosely so a test can break it any way a file can be. */
export const seed = (): Json => structuredClone(baseline) as unknown as Json;

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
export function seedWith(...edits: [Path, unknown][]): Json {
  const doc = seed();
  for (const [path, value] of edits) edit(doc, path, value);
  return doc;
}

/** The problems of a result that must fail, as the lines a user reads. */
export function lines(result: ParseResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

export const problemsOf = (input: unknown) => lines(parseScenario(input));
