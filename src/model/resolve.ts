import { compileFormula, isFormula, type CompiledFormula } from './formula';
import { cellPath, cellPlace } from './places';
import {
  DRIVER_KEYS,
  PLAN_ROW_KEYS,
  YEARS,
  type CellRef,
  type DriverKey,
  type Problem,
  type Scenario,
  type ScenarioValues,
} from './types';

// Formula cells, the hyperformula way: parse once, collect the names, order the cells by their
// dependencies, evaluate the compiled code; an error is a value that names the cell.

type Compiled = { ok: true; formula: CompiledFormula } | { ok: false; message: string };
const compileCache = new Map<string, Compiled>();
/** A formula compiled once per distinct text (cells often share `=prev * 1.05`). */
export function compileCached(source: string): Compiled {
  let hit = compileCache.get(source);
  if (!hit) {
    if (compileCache.size > 4096) compileCache.clear();
    hit = compileFormula(source);
    compileCache.set(source, hit);
  }
  return hit;
}

interface RowInfo {
  ref: (y: number) => CellRef;
  cells: unknown[];
}

/** The scenario's rows in cell order (drivers, then each plan's rows); cell c = row * YEARS + y. */
export function rowsOf(scenario: Scenario): { rows: RowInfo[]; byName: Map<string, number>; planRows: number[] } {
  const rows: RowInfo[] = [];
  const byName = new Map<string, number>();
  // Each plan's first row; plan rows follow in PLAN_ROW_KEYS order. Kept apart from the names
  // so that a duplicate plan id (reported by validation) cannot make two plans share rows.
  const planRows: number[] = [];
  for (const key of DRIVER_KEYS) {
    byName.set(key, rows.length);
    rows.push({ ref: (y) => ({ kind: 'driver', key, y }), cells: scenario.drivers[key] });
  }
  scenario.plans.forEach((plan, planIndex) => {
    planRows.push(rows.length);
    for (const field of PLAN_ROW_KEYS) {
      const name = `${field}_${plan.id}`;
      if (!byName.has(name)) byName.set(name, rows.length);
      rows.push({ ref: (y) => ({ kind: 'plan', planIndex, field, y }), cells: plan[field] });
    }
  });
  return { rows, byName, planRows };
}

/** Whether any cell of the scenario is a formula. */
export function hasFormula(scenario: Scenario): boolean {
  for (const key of DRIVER_KEYS) if (scenario.drivers[key].some(isFormula)) return true;
  return scenario.plans.some((plan) => PLAN_ROW_KEYS.some((field) => plan[field].some(isFormula)));
}

/** The values of a scenario whose cells are all numbers: one buffer, a view per row. */
function numericValues(scenario: Scenario): ScenarioValues {
  const buffer = new ArrayBuffer((DRIVER_KEYS.length + PLAN_ROW_KEYS.length * scenario.plans.length) * YEARS * 8);
  let at = 0;
  const numbers = (row: readonly unknown[]) => {
    // A view made directly costs less than subarray(), which looks up the species constructor.
    const view = new Float64Array(buffer, at * 8, YEARS);
    for (let y = 0; y < YEARS; y++) view[y] = row[y] as number;
    at += YEARS;
    return view;
  };
  const drivers = {} as Record<DriverKey, Float64Array>;
  for (const key of DRIVER_KEYS) drivers[key] = numbers(scenario.drivers[key]);
  return {
    startYear: scenario.startYear,
    startingCash: scenario.startingCash,
    drivers,
    plans: scenario.plans.map((plan) => ({
      id: plan.id,
      name: plan.name,
      initialCustomers: plan.initialCustomers,
      price: numbers(plan.price),
      mix: numbers(plan.mix),
      churn: numbers(plan.churn),
      upgrade: numbers(plan.upgrade),
      downgrade: numbers(plan.downgrade),
    })),
  };
}

const NAME_HELP = 'use a driver (e.g. visitorToTrial), a plan row (e.g. price_pro), prev or year';

/**
 * Evaluates every cell (MODEL.md, formulas): `prev` is the same row's previous year, `year` the
 * cell's calendar year, a driver key or `<field>_<planId>` that row in the same year. Returns
 * the values and one problem per cell that could not be evaluated (cycles name every cell).
 */
export function resolveScenario(scenario: Scenario): { values: ScenarioValues; problems: Problem[] } {
  // Most edits touch plans without formulas: skip the graph entirely then.
  if (!hasFormula(scenario)) return { values: numericValues(scenario), problems: [] };
  const { rows, byName, planRows } = rowsOf(scenario);
  const n = rows.length * YEARS;
  const value = new Float64Array(n);
  const formulas: (CompiledFormula | null)[] = new Array<CompiledFormula | null>(n).fill(null);
  const deps: number[][] = [];
  const problems: Problem[] = [];
  const failed = new Set<number>();
  const refOf = (c: number): CellRef => rows[(c / YEARS) | 0]!.ref(c % YEARS);
  const fail = (c: number, message: string) => {
    failed.add(c);
    const ref = refOf(c);
    problems.push({ place: cellPlace(scenario, ref), message, path: cellPath(ref), cell: ref });
  };

  for (let r = 0; r < rows.length; r++) {
    for (let y = 0; y < YEARS; y++) {
      const c = r * YEARS + y;
      const raw = rows[r]!.cells[y];
      const cellDeps: number[] = [];
      deps.push(cellDeps);
      if (!isFormula(raw)) {
        value[c] = raw as number;
        continue;
      }
      const compiled = compileCached(raw);
      if (!compiled.ok) { fail(c, compiled.message); continue; }
      formulas[c] = compiled.formula;
      for (const name of compiled.formula.names) {
        if (name === 'year') continue;
        if (name === 'prev') {
          if (y === 0) fail(c, '`prev` has no value in the first year: enter a number there');
          else cellDeps.push(c - 1);
          continue;
        }
        const row = byName.get(name);
        if (row === undefined) fail(c, `unknown name \`${name}\` (${NAME_HELP})`);
        else cellDeps.push(row * YEARS + y);
      }
    }
  }

  const order = orderCells(n, deps, (cycle) => {
    const places = cycle.map((c) => cellPlace(scenario, refOf(c)));
    const message = cycle.length === 1 ? 'circular reference: the formula refers to its own cell' : `circular reference between ${places.join(', ')}`;
    for (const c of cycle) if (!failed.has(c)) fail(c, message);
  });

  const scope = new Map<string, number>();
  for (const c of order) {
    const formula = formulas[c];
    if (!formula || failed.has(c)) continue;
    const broken = deps[c]!.find((d) => failed.has(d));
    if (broken !== undefined) { fail(c, `depends on ${cellPlace(scenario, refOf(broken))}, which has an error`); continue; }
    const y = c % YEARS;
    scope.clear();
    for (const name of formula.names) {
      if (name === 'year') scope.set(name, scenario.startYear + y);
      else if (name === 'prev') scope.set(name, value[c - 1]!);
      else scope.set(name, value[byName.get(name)! * YEARS + y]!);
    }
    const result = formula.evaluate(scope);
    if (result.ok) value[c] = result.value;
    else fail(c, result.message);
  }

  const row = (r: number) => value.slice(r * YEARS, r * YEARS + YEARS);
  const drivers = {} as Record<DriverKey, Float64Array>;
  for (const key of DRIVER_KEYS) drivers[key] = row(byName.get(key)!);
  const values: ScenarioValues = {
    startYear: scenario.startYear,
    startingCash: scenario.startingCash,
    drivers,
    plans: scenario.plans.map((plan, i) => {
      const first = planRows[i]!;
      return {
        id: plan.id,
        name: plan.name,
        initialCustomers: plan.initialCustomers,
        price: row(first + PLAN_ROW_KEYS.indexOf('price')),
        mix: row(first + PLAN_ROW_KEYS.indexOf('mix')),
        churn: row(first + PLAN_ROW_KEYS.indexOf('churn')),
        upgrade: row(first + PLAN_ROW_KEYS.indexOf('upgrade')),
        downgrade: row(first + PLAN_ROW_KEYS.indexOf('downgrade')),
      };
    }),
  };
  return { values, problems };
}

/**
 * Orders cells so each comes after the cells it reads (Tarjan's strongly connected components,
 * iterative so a long chain cannot overflow the stack). Every cycle is reported with its cells.
 */
export function orderCells(n: number, deps: number[][], onCycle: (cells: number[]) => void): number[] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const order: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, i] = frame;
      if (i === 0) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = 1;
      }
      const edges = deps[v]!;
      if (i < edges.length) {
        frame[1] = i + 1;
        const w = edges[i]!;
        if (index[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do { w = stack.pop()!; onStack[w] = 0; component.push(w); } while (w !== v);
        if (component.length > 1 || edges.includes(v)) onCycle(component.reverse());
        order.push(...component);
      }
    }
  }
  return order;
}
