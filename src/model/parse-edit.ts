import { isFormula } from './formula';
import { resolveAndValidate, type ParseResult } from './parse-scenario';
import { hasFormula } from './resolve';
import { isCell } from './schema';
import { editedRowsPass, type EditedRow } from './validate';
import { DRIVER_KEYS, PLAN_ROW_KEYS, SCHEMA_VERSION, YEARS, type Plan, type PlanRowKey, type PlanValues, type Row, type Scenario, type ScenarioValues } from './types';

// The edit path. The store changes a scenario by copying only what an edit touches, so an edited
// scenario shares every untouched object with the one before it. When the only differences are
// cells, the shape of everything else is already known to be right: only the changed cells need
// parseScenario's shape check, and the result is built from the earlier parse. Formulas and
// value rules then run exactly as in parseScenario (resolveAndValidate), so both paths give the
// same answer; parse-edit.test.ts checks that over random edits. Without formulas, the earlier
// parse passed every rule, so only the rules that involve the edited rows are checked again
// (editedRowsPass); parseScenario's full validation runs only to word a problem.

/** Whether a parsed scenario holds a formula, remembered for the scenarios the edit path made. */
const formulaFree = new WeakMap<Scenario, boolean>();

const DRIVER_SET = new Set<string>(DRIVER_KEYS);
const PLAN_ROW_SET = new Set<string>(PLAN_ROW_KEYS);
const TOP_ROWS = new Set(['drivers', 'plans']);

/** Same keys, and the same value for each key except those in `rows`. */
function sameOutside(a: object, b: object, rows: ReadonlySet<string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!rows.has(key) && (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/** The parsed row after an edit: the earlier one if untouched, a copy of the new one if every cell passes the shape check, else null. */
function editedRow(before: unknown, after: unknown, parsed: Row): Row | null {
  if (before === after) return parsed;
  if (!Array.isArray(after) || after.length !== YEARS) return null;
  for (let y = 0; y < YEARS; y++) if (!isCell(after[y])) return null;
  return (after as Row).slice();
}

function editedPlan(before: Plan, after: unknown, parsed: Plan): Plan | null {
  if (before === after) return parsed;
  if (after === null || typeof after !== 'object' || !sameOutside(before, after, PLAN_ROW_SET)) return null;
  const plan = { ...parsed };
  for (const key of PLAN_ROW_KEYS) {
    const row = editedRow(before[key], (after as Plan)[key], parsed[key]);
    if (!row) return null;
    plan[key] = row;
  }
  return plan;
}

/** A row's values: the earlier ones when the row is the same, else its numbers. */
function valuesOf(row: Row, parsed: Row, earlier: Float64Array): Float64Array {
  return row === parsed ? earlier : Float64Array.from(row as number[]);
}

/**
 * The values of an edited scenario without formulas: the earlier values, with new arrays for the
 * edited rows only. With no formula, a row's values are its cells.
 */
function patchValues(next: Scenario, parsed: Scenario, earlier: ScenarioValues): ScenarioValues {
  const drivers = { ...earlier.drivers };
  for (const key of DRIVER_KEYS) drivers[key] = valuesOf(next.drivers[key], parsed.drivers[key], earlier.drivers[key]);
  const plans = earlier.plans.map((plan, i): PlanValues => {
    const row = (field: PlanRowKey) => valuesOf(next.plans[i]![field], parsed.plans[i]![field], plan[field]);
    return { ...plan, price: row('price'), mix: row('mix'), churn: row('churn'), upgrade: row('upgrade'), downgrade: row('downgrade') };
  });
  return { ...earlier, drivers, plans };
}

/**
 * parseScenario(next) for a `next` that differs from `before` only in cells, found by identity;
 * `parsed` is before's parse (its scenario and values). null when anything else differs or a
 * changed cell is not a number or a formula (parseScenario then says what is wrong, in its words).
 */
export function parseCellEdit(before: Scenario, parsed: { scenario: Scenario; values: ScenarioValues }, next: Scenario): ParseResult | null {
  const was = parsed.scenario;
  // A file of an older schema is migrated on the way in, so its fields need not match the parse.
  if (before.schemaVersion !== SCHEMA_VERSION || !sameOutside(before, next, TOP_ROWS)) return null;
  const edited: EditedRow[] = [];
  let formulaEdited = false;
  const note = (row: Row, parsedRow: Row, ref: EditedRow) => {
    if (row === parsedRow) return;
    edited.push(ref);
    if (!formulaEdited && row.some(isFormula)) formulaEdited = true;
  };
  let drivers = was.drivers;
  if (before.drivers !== next.drivers) {
    if (next.drivers === null || typeof next.drivers !== 'object' || !sameOutside(before.drivers, next.drivers, DRIVER_SET)) return null;
    drivers = { ...was.drivers };
    for (const key of DRIVER_KEYS) {
      const row = editedRow(before.drivers[key], next.drivers[key], was.drivers[key]);
      if (!row) return null;
      drivers[key] = row;
      note(row, was.drivers[key], { kind: 'driver', key });
    }
  }
  let plans = was.plans;
  if (before.plans !== next.plans) {
    if (!Array.isArray(next.plans) || next.plans.length !== before.plans.length) return null;
    plans = [];
    for (let i = 0; i < before.plans.length; i++) {
      const plan = editedPlan(before.plans[i]!, next.plans[i], was.plans[i]!);
      if (!plan) return null;
      plans.push(plan);
      for (const field of PLAN_ROW_KEYS) note(plan[field], was.plans[i]![field], { kind: 'plan', planIndex: i, field });
    }
  }
  const scenario = { ...was, drivers, plans };
  let free = formulaFree.get(was);
  if (free === undefined) { free = !hasFormula(was); formulaFree.set(was, free); }
  if (!free || formulaEdited) return resolveAndValidate(scenario);
  const values = patchValues(scenario, was, parsed.values);
  if (!editedRowsPass(values, edited)) return resolveAndValidate(scenario, values);
  formulaFree.set(scenario, true);
  return { ok: true, scenario, values };
}
