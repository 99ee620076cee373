import * as v from 'valibot';
import { financingByMonth } from './funding';
import { migrate } from './migrate';
import { cellKey, cellPlace, DRIVER_LABELS, planPlace } from './places';
import { resolveScenario } from './resolve';
import { scenarioSchema } from './schema';
import { validateUncertainty } from './uncertainty';
import { validateValues } from './validate';
import { validateActuals } from './validate-actuals';
import { validateFunding } from './validate-funding';
import { DRIVER_KEYS, PLAN_ROW_KEYS, YEARS, type CellRef, type DriverKey, type PlanRowKey, type Problem, type Scenario, type ScenarioValues } from './types';

export type ParseResult =
  | { ok: true; scenario: Scenario; values: ScenarioValues }
  | { ok: false; problems: Problem[]; /** set when the shape was fine and only values or formulas failed */ scenario?: Scenario };

const MAX_DEPTH = 32;
const MAX_TEXT = 5_000_000;

/**
 * Copies plain JSON data, dropping prototype-polluting keys; refuses deep nesting. `path` is one
 * stack pushed and popped on the way down, copied only when there is a problem to report.
 */
function sanitize(input: unknown, problems: Problem[], path: (string | number)[]): unknown {
  if (input === null || typeof input !== 'object') return input;
  if (path.length > MAX_DEPTH) {
    if (problems.length < 50) problems.push({ place: path.join('.') || 'file', path: path.slice(), message: `is nested more than ${MAX_DEPTH} levels deep` });
    return null;
  }
  if (Array.isArray(input)) {
    const out: unknown[] = new Array(input.length);
    for (let i = 0; i < input.length; i++) {
      path.push(i);
      out[i] = sanitize(input[i], problems, path);
      path.pop();
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    path.push(key);
    out[key] = sanitize((input as Record<string, unknown>)[key], problems, path);
    path.pop();
  }
  return out;
}

function placeOf(doc: Record<string, unknown>, path: (string | number)[]): { place: string; cell?: CellRef } {
  const [top, a, b, c] = path;
  const startYear = typeof doc.startYear === 'number' ? doc.startYear : 2026;
  const plans = Array.isArray(doc.plans) ? (doc.plans as Scenario['plans']) : [];
  if (top === 'drivers' && typeof a === 'string' && (DRIVER_KEYS as readonly string[]).includes(a)) {
    if (typeof b === 'number' && b < YEARS) {
      const cell: CellRef = { kind: 'driver', key: a as DriverKey, y: b };
      return { place: cellPlace({ plans, startYear }, cell), cell };
    }
    return { place: DRIVER_LABELS[a as DriverKey] };
  }
  if (top === 'plans' && typeof a === 'number') {
    const plan = plans[a] as Record<string, unknown> | undefined;
    const label = plan && typeof plan.name === 'string' && plan.name ? planPlace(plan.name) : `Plan ${a + 1}`;
    if (typeof b === 'string' && (PLAN_ROW_KEYS as readonly string[]).includes(b) && typeof c === 'number' && c < YEARS) {
      const cell: CellRef = { kind: 'plan', planIndex: a, field: b as PlanRowKey, y: c };
      return { place: `${label}, ${b}, ${startYear + c}`, cell };
    }
    return { place: b === undefined ? label : `${label}, ${b}` };
  }
  if (top === 'targets' && typeof a === 'number') return { place: `Target ${a + 1}${b === undefined ? '' : `, ${b}`}` };
  if (top === 'funding') return { place: 'Funding' };
  if (top === 'actuals') return { place: 'Actuals' };
  if (top === 'uncertainty' && typeof a === 'number') return { place: `Uncertainty range ${a + 1}${b === undefined ? '' : `, ${b}`}` };
  return { place: path.length ? path.join('.') : 'file' };
}

/**
 * The one door through which every scenario enters (file, link, storage, CLI, compare): checks
 * the shape, migrates, evaluates formulas and applies MODEL.md's validation. Returns the
 * scenario with its values, or every problem found, each naming its place. Never throws.
 */
export function parseScenario(input: unknown): ParseResult {
  const problems: Problem[] = [];
  const clean = sanitize(input, problems, []);
  if (problems.length) return { ok: false, problems };
  if (clean === null || typeof clean !== 'object' || Array.isArray(clean)) {
    return { ok: false, problems: [{ place: 'file', path: [], message: 'is not a scenario: expected a JSON object with schemaVersion, name, drivers and plans' }] };
  }
  const migrated = migrate(clean as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const doc = migrated.doc;

  const shaped = v.safeParse(scenarioSchema, doc);
  if (!shaped.success) {
    return {
      ok: false,
      problems: [...shaped.issues.map((issue) => {
        const path = (issue.path ?? []).map((item) => item.key as string | number);
        const where = placeOf(doc, path);
        const missing = issue.input === undefined && issue.kind === 'schema';
        const p: Problem = { place: where.place, path, message: missing ? 'is missing' : issue.message };
        if (where.cell) p.cell = where.cell;
        return p;
      }), ...fundingAndActualsProblems(doc)],
    };
  }
  const scenario = shaped.output as Scenario;
  const result = resolveAndValidate(scenario);
  const more = fundingAndActualsProblems(scenario);
  if (!more.length) return result;
  return { ok: false, problems: [...(result.ok ? [] : result.problems), ...more], scenario };
}

/**
 * MODEL.md's rules for funding and actuals (schema version 2). Checked here, not in
 * resolveAndValidate: the edit path changes cells only, never these. On a file whose shape is
 * wrong elsewhere they are still checked as far as the start year and plan ids allow, so that one
 * pass names every problem.
 */
function fundingAndActualsProblems(doc: Record<string, unknown>): Problem[] {
  if (doc.funding === undefined && doc.actuals === undefined) return [];
  const startYear = typeof doc.startYear === 'number' ? doc.startYear : 2026;
  const plans = Array.isArray(doc.plans) ? (doc.plans as unknown[]) : [];
  const planIds = plans.flatMap((p) => (p !== null && typeof p === 'object' && typeof (p as { id?: unknown }).id === 'string' ? [(p as { id: string }).id] : []));
  return [...validateFunding(doc.funding, startYear), ...validateActuals(doc.actuals, startYear, planIds)];
}

/**
 * The second half of parseScenario, for a scenario whose shape is already right: evaluates the
 * formulas and applies MODEL.md's value rules (also parseCellEdit's path after an edit, which
 * passes the values of a scenario without formulas when it already has them).
 */
export function resolveAndValidate(scenario: Scenario, numeric?: ScenarioValues): ParseResult {
  const resolved = numeric ? { values: numeric, problems: [] } : resolveScenario(scenario);
  const errorCells = resolved.problems.length ? new Set(resolved.problems.map((p) => (p.cell ? cellKey(p.cell) : ''))) : null;
  const valueProblems = validateValues(scenario, resolved.values, (ref) => errorCells !== null && errorCells.has(cellKey(ref)));
  const all = [...resolved.problems, ...valueProblems, ...validateUncertainty(scenario)];
  if (all.length) return { ok: false, problems: all, scenario };
  const values = resolved.values;
  // The edit path's values carry the earlier parse's financing (funding is never a cell edit).
  const financing = numeric ? numeric.financing : financingByMonth(scenario.funding, scenario.startYear);
  if (financing) values.financing = financing;
  return { ok: true, scenario, values };
}

/** Reads a scenario from JSON text: a syntax error is a problem like any other. */
export function parseScenarioText(text: string): ParseResult {
  if (text.length > MAX_TEXT) return { ok: false, problems: [{ place: 'file', path: [], message: `is ${(text.length / 1e6).toFixed(1)} MB: a scenario file is at most ${MAX_TEXT / 1e6} MB` }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ place: 'file', path: [], message: `is not valid JSON (${detail}). Save the scenario from Trajectory or fix the file in a text editor.` }] };
  }
  return parseScenario(data);
}

/** A problem as one line: `Pro plan, price, 2029: must not be negative`. */
export function formatProblem(p: Problem): string {
  return `${p.place}: ${p.message}`;
}

/** A JSON path as an editor reads it: `drivers.marketingBudget[0]`, `plans[2].price[3]`. */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `${i ? '.' : ''}${k}` : `[${JSON.stringify(k)}]`)).join('');
}

/**
 * A problem as one line for someone fixing the file in an editor (the CLI): the words a user
 * reads, then the JSON path of the place: `Marketing budget, 2026 (drivers.marketingBudget[0]): must not be negative`.
 */
export function formatProblemWithPath(p: Problem): string {
  const path = jsonPath(p.path);
  return path && path !== p.place ? `${p.place} (${path}): ${p.message}` : formatProblem(p);
}
