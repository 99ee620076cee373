// Every scenario file that ships with the app opens without problems and projects cleanly, and
// the seed in scenarios/ is the one in shared/ that MODEL.md's worked check is written against.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { project } from './engine';
import { projectionOutput } from './output';
import { formatProblem, parseScenarioText } from './parse-scenario';

const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
// CI checks out shared/ beside the clone; a bare clone of the app alone may not have it.
const sharedSeed = fileURLToPath(new URL('../../../shared/scenarios/crm-baseline.json', import.meta.url));
const files = readdirSync(scenariosDir).filter((f) => f.endsWith('.json')).sort();

/** Every number reachable from x, with its path; fails on NaN, Infinity or undefined. */
function expectFiniteOrNull(x: unknown, path: string): void {
  if (x === null) return;
  if (typeof x === 'number') {
    expect(Number.isFinite(x), `${path} is ${x}`).toBe(true);
    return;
  }
  if (typeof x === 'string' || typeof x === 'boolean') return;
  expect(x, `${path} is undefined`).toBeDefined();
  for (const [k, v] of Object.entries(x as object)) expectFiniteOrNull(v, `${path}.${k}`);
}

it('ships the three CRM scenarios at least', () => {
  expect(files).toEqual(expect.arrayContaining(['crm-aggressive.json', 'crm-baseline.json', 'crm-conservative.json']));
});

describe.each(files)('scenarios/%s', (file) => {
  const text = readFileSync(scenariosDir + file, 'utf8');

  it('parses without problems, with schemaVersion 2, a name and a description', () => {
    const parsed = parseScenarioText(text);
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([]);
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(raw.schemaVersion).toBe(2);
    expect(typeof raw.name === 'string' && raw.name.trim().length > 0).toBe(true);
    expect(typeof raw.description === 'string' && raw.description.trim().length > 0).toBe(true);
  });

  it('projects to finite numbers or null, 60 months, 5 years, every target evaluated', () => {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    const out = projectionOutput(parsed.scenario, parsed.values, project(parsed.values));
    expect(out.months).toHaveLength(60);
    expect(out.years).toHaveLength(5);
    expect(out.targets).toHaveLength(parsed.scenario.targets.length);
    expectFiniteOrNull(out, file);
  });
});

describe('the seed', () => {
  it.skipIf(!existsSync(sharedSeed))('scenarios/crm-baseline.json holds the same content as shared/scenarios/crm-baseline.json, written as schema version 2 (skipped when ../shared is absent)', () => {
    const ours: unknown = JSON.parse(readFileSync(scenariosDir + 'crm-baseline.json', 'utf8'));
    const shared = JSON.parse(readFileSync(sharedSeed, 'utf8')) as Record<string, unknown>;
    // The shared seed may still be a version 1 file: version 2 only adds fields.
    expect(ours).toStrictEqual({ ...shared, schemaVersion: 2 });
  });
});
