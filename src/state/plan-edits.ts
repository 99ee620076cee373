import { compileFormula, isFormula } from '../model/formula';
import { resolveScenario } from '../model/resolve';
import { DRIVER_KEYS, MAX_PLANS, PLAN_ROW_KEYS, YEARS, type Cell, type Plan, type Row, type Scenario } from '../model/types';

// Plan edits that keep a scenario valid (MODEL.md): mix sums to 1 in every year, no upgrade on
// the top plan, no downgrade on the bottom one, and no formula or target left naming a plan that
// is gone. Pure: each takes a scenario and returns a new one.

// Ten decimals: far below what anyone reads, far above the 1e-9 the mix-sum rule allows.
const round10 = (x: number) => Math.round(x * 1e10) / 1e10;

/**
 * Scales the numeric mix cells of year y so the year sums to 100 %; formula cells and the plan
 * `keep` (the one the user just set) stay as they are. With nothing to scale, splits evenly.
 */
export function balanceMix(s: Scenario, y: number, keep?: number): Scenario {
  const values = resolveScenario(s).values;
  let fixed = 0;
  const free: number[] = [];
  s.plans.forEach((plan, i) => {
    if (i === keep || isFormula(plan.mix[y])) fixed += values.plans[i]!.mix[y]!;
    else free.push(i);
  });
  if (free.length === 0) return s;
  const room = Math.max(0, 1 - fixed);
  const current = free.reduce((sum, i) => sum + values.plans[i]!.mix[y]!, 0);
  const share = (i: number) => (current > 0 ? (values.plans[i]!.mix[y]! / current) * room : room / free.length);
  const next = new Map<number, number>();
  let given = 0;
  free.forEach((i, k) => {
    // The last plan takes the remainder so the year sums to 1 within rounding.
    const x = k === free.length - 1 ? Math.max(0, round10(room - given)) : round10(share(i));
    next.set(i, x);
    given += x;
  });
  return { ...s, plans: s.plans.map((plan, i) => (next.has(i) ? { ...plan, mix: withYear(plan.mix, y, next.get(i)!) } : plan)) };
}

function withYear(row: Row, y: number, cell: Cell): Row {
  const copy = row.slice();
  copy[y] = cell;
  return copy;
}

/** The top plan cannot upgrade and the bottom plan cannot downgrade: zeroes those cells. */
export function fixTierEnds(plans: Plan[]): Plan[] {
  const zero = (): Row => new Array<Cell>(YEARS).fill(0);
  const last = plans.length - 1;
  return plans.map((plan, i) => {
    let p = plan;
    if (i === last && p.upgrade.some((c) => c !== 0)) p = { ...p, upgrade: zero() };
    if (i === 0 && p.downgrade.some((c) => c !== 0)) p = { ...p, downgrade: zero() };
    return p;
  });
}

function uniqueId(base: string, taken: readonly string[]): string {
  const stem = base.toLowerCase().replace(/[^a-z0-9_]/g, '') || 'plan';
  let id = stem;
  for (let n = 2; taken.includes(id); n++) id = `${stem}${n}`;
  return id;
}

/** Adds a plan above the top tier (up to six) with the top plan's prices and churn and no mix. */
export function addPlan(s: Scenario): Scenario {
  if (s.plans.length >= MAX_PLANS) return s;
  const values = resolveScenario(s).values;
  const top = values.plans[values.plans.length - 1]!;
  const names = s.plans.map((p) => p.name);
  let n = s.plans.length + 1;
  while (names.includes(`Plan ${n}`)) n++;
  const name = `Plan ${n}`;
  const plan: Plan = {
    id: uniqueId(`plan${n}`, s.plans.map((p) => p.id)),
    name,
    initialCustomers: 0,
    price: Array.from(top.price),
    mix: new Array<Cell>(YEARS).fill(0),
    churn: Array.from(top.churn),
    upgrade: new Array<Cell>(YEARS).fill(0),
    downgrade: new Array<Cell>(YEARS).fill(0),
  };
  return { ...s, plans: fixTierEnds([...s.plans, plan]) };
}

/** Moves plan `from` to position `to`, keeping the tier ends valid. */
export function movePlan(s: Scenario, from: number, to: number): Scenario {
  if (from === to || to < 0 || to >= s.plans.length || !s.plans[from]) return s;
  const plans = s.plans.slice();
  const [plan] = plans.splice(from, 1);
  plans.splice(to, 0, plan!);
  return { ...s, plans: fixTierEnds(plans) };
}

/** Renames a plan; its id (which formulas and targets use) stays. */
export function renamePlan(s: Scenario, index: number, name: string): Scenario {
  const plan = s.plans[index];
  if (!plan || plan.name === name) return s;
  return { ...s, plans: s.plans.map((p, i) => (i === index ? { ...p, name } : p)) };
}

export interface Removal {
  scenario: Scenario;
  /** Formula cells that read the removed plan and now hold their last value. */
  frozen: number;
  /** Targets on the removed plan's rows that were dropped. */
  droppedTargets: number;
}

/**
 * Removes a plan (one at least stays): formulas that read its rows keep their current value as a
 * number, targets on its rows go, the other plans' mix is scaled back to 100 %.
 */
export function removePlan(s: Scenario, index: number): Removal {
  const gone = s.plans[index];
  if (!gone || s.plans.length <= 1) return { scenario: s, frozen: 0, droppedTargets: 0 };
  const goneNames = new Set(PLAN_ROW_KEYS.map((f) => `${f}_${gone.id}`));
  const before = resolveScenario(s).values;
  let frozen = 0;
  const freeze = (row: Row, values: Float64Array): Row =>
    row.map((cell, y) => {
      if (!isFormula(cell)) return cell;
      const compiled = compileFormula(cell);
      if (!compiled.ok || !compiled.formula.names.some((n) => goneNames.has(n))) return cell;
      frozen++;
      return values[y]!;
    });
  const drivers = Object.fromEntries(DRIVER_KEYS.map((k) => [k, freeze(s.drivers[k], before.drivers[k])])) as Scenario['drivers'];
  const plans = s.plans.flatMap((plan, i) => {
    if (i === index) return [];
    const rows = Object.fromEntries(PLAN_ROW_KEYS.map((f) => [f, freeze(plan[f], before.plans[i]![f])]));
    return [{ ...plan, ...rows }];
  });
  const targets = s.targets.filter((t) => !goneNames.has(t.metric));
  let next: Scenario = { ...s, drivers, plans: fixTierEnds(plans), targets };
  for (let y = 0; y < YEARS; y++) next = balanceMix(next, y);
  return { scenario: next, frozen, droppedTargets: s.targets.length - targets.length };
}
