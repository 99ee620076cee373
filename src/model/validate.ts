import { DRIVER_ENTRIES, PLAN_ROW_ENTRIES } from './catalogue-inputs';
import { inRange, rangeText } from './catalogue';
import type { InputEntry } from './catalogue-types';
import { cellPath, cellPlace, planLabel, planPlace } from './places';
import { resolveMetric } from './targets';
import { DRIVER_KEYS, YEARS, type CellRef, type DriverKey, type PlanRowKey, type Problem, type Scenario, type ScenarioValues } from './types';

/** A row an edit changed. */
export type EditedRow = { kind: 'driver'; key: DriverKey } | { kind: 'plan'; planIndex: number; field: PlanRowKey };

const RATE_ROWS = ['mix', 'churn', 'upgrade', 'downgrade'] as const;
// Enough digits that a value refused for being just off (99.999 %) never reads as the bound.
const pct = (x: number) => `${Number((x * 100).toPrecision(12))} %`;

/** Why x is outside its row's valid range (the catalogue's), in words: "must be between 0 % and 100 % (is 150 %)". */
function outOfRange(entry: InputEntry, x: number): string {
  if (entry.kind === 'rate') return `must be ${rangeText(entry.range, 'rate')} (is ${pct(x)})`;
  if (entry.range.exclusiveMin) return `must be ${rangeText(entry.range, entry.kind)} (${entry.shortLabel.toLowerCase()})`;
  return 'must not be negative';
}

/**
 * MODEL.md's validation rules on evaluated values: rates in [0, 1], money and counts not
 * negative, visitor acquisition cost > 0, mix summing to 1, churn + upgrade + downgrade <= 1,
 * unique plan ids, targets well formed. Cells whose formula failed are skipped (already reported).
 */
export function validateValues(scenario: Scenario, values: ScenarioValues, skip: (ref: CellRef) => boolean): Problem[] {
  const problems: Problem[] = [];
  const cellProblem = (ref: CellRef, message: string) => {
    if (!skip(ref)) problems.push({ place: cellPlace(scenario, ref), message, path: cellPath(ref), cell: ref });
  };
  for (const key of DRIVER_KEYS) {
    const row = values.drivers[key];
    const entry = DRIVER_ENTRIES[key];
    for (let y = 0; y < YEARS; y++) {
      const x = row[y]!;
      if (!inRange(entry.range, x)) cellProblem({ kind: 'driver', key, y }, outOfRange(entry, x));
    }
  }

  const P = values.plans.length;
  const seen = new Map<string, number>();
  // Every edit runs this: the cell references are built only for cells that have a problem.
  const planProblem = (i: number, field: PlanRowKey, y: number, message: string) => cellProblem({ kind: 'plan', planIndex: i, field, y }, message);
  for (let i = 0; i < P; i++) {
    const plan = values.plans[i]!;
    const first = seen.get(plan.id);
    if (first !== undefined) {
      problems.push({ place: `${planPlace(planLabel(scenario, i))}, id`, path: ['plans', i, 'id'], message: `"${plan.id}" is already the id of plan ${first + 1}: plan ids must be unique` });
    } else seen.set(plan.id, i);
    for (let y = 0; y < YEARS; y++) {
      if (!inRange(PLAN_ROW_ENTRIES.price.range, plan.price[y]!)) planProblem(i, 'price', y, outOfRange(PLAN_ROW_ENTRIES.price, plan.price[y]!));
      for (const field of RATE_ROWS) {
        const x = plan[field][y]!;
        if (!inRange(PLAN_ROW_ENTRIES[field].range, x)) planProblem(i, field, y, outOfRange(PLAN_ROW_ENTRIES[field], x));
      }
      if (i === P - 1 && plan.upgrade[y] !== 0) planProblem(i, 'upgrade', y, 'must be 0 on the top plan: there is no higher tier');
      if (i === 0 && plan.downgrade[y] !== 0) planProblem(i, 'downgrade', y, 'must be 0 on the bottom plan: there is no lower tier');
      const out = plan.churn[y]! + plan.upgrade[y]! + plan.downgrade[y]!;
      if (out > 1 + 1e-12) planProblem(i, 'churn', y, `churn + upgrade + downgrade is ${pct(out)}: must be at most 100 %`);
    }
  }

  for (let y = 0; y < YEARS; y++) {
    let sum = 0;
    for (let i = 0; i < P; i++) sum += values.plans[i]!.mix[y]!;
    // A mix cell whose formula failed was reported already; its sum would only repeat that.
    if (Math.abs(sum - 1) > 1e-9 && !values.plans.some((_, i) => skip({ kind: 'plan', planIndex: i, field: 'mix', y }))) {
      problems.push({ place: `Plan mix, ${scenario.startYear + y}`, path: ['plans'], message: `sums to ${pct(sum)}: must be 100 %` });
    }
  }

  const planIds = values.plans.map((p) => p.id);
  scenario.targets.forEach((t, i) => {
    const place = `Target ${i + 1} (${t.metric} ${t.year})`;
    if (!resolveMetric(t.metric, planIds)) problems.push({ place, path: ['targets', i, 'metric'], message: `unknown metric "${t.metric}": use an annual figure (e.g. nrr), a driver (e.g. visitorToTrial) or a plan row (e.g. mix_${planIds[planIds.length - 1]})` });
    if (t.year < scenario.startYear || t.year > scenario.startYear + YEARS - 1) problems.push({ place, path: ['targets', i, 'year'], message: `year must be between ${scenario.startYear} and ${scenario.startYear + YEARS - 1}` });
    if (t.min === undefined && t.max === undefined) problems.push({ place, path: ['targets', i], message: 'needs a min, a max or both' });
    if (t.min !== undefined && t.max !== undefined && t.min > t.max) problems.push({ place, path: ['targets', i], message: `min (${t.min}) must not exceed max (${t.max})` });
  });
  return problems;
}

/**
 * Whether every value rule that involves the given rows passes. For an edit of cells in these
 * rows of a scenario that passed validateValues, no other rule can have changed its answer, so
 * the edit path checks only these, and runs validateValues (for its messages) whenever this says
 * no. It must agree with validateValues: parse-edit.test.ts compares both over random edits.
 */
export function editedRowsPass(values: ScenarioValues, rows: readonly EditedRow[]): boolean {
  const P = values.plans.length;
  for (const row of rows) {
    if (row.kind === 'driver') {
      const cells = values.drivers[row.key];
      const { range } = DRIVER_ENTRIES[row.key];
      for (let y = 0; y < YEARS; y++) if (!inRange(range, cells[y]!)) return false;
      continue;
    }
    const i = row.planIndex;
    const plan = values.plans[i]!;
    for (let y = 0; y < YEARS; y++) {
      const x = plan[row.field][y]!;
      if (!inRange(PLAN_ROW_ENTRIES[row.field].range, x)) return false;
      if (row.field === 'upgrade' && i === P - 1 && x !== 0) return false;
      if (row.field === 'downgrade' && i === 0 && x !== 0) return false;
      if (row.field === 'mix') {
        let sum = 0;
        for (let k = 0; k < P; k++) sum += values.plans[k]!.mix[y]!;
        if (Math.abs(sum - 1) > 1e-9) return false;
      } else if (row.field !== 'price' && plan.churn[y]! + plan.upgrade[y]! + plan.downgrade[y]! > 1 + 1e-12) return false;
    }
  }
  return true;
}
