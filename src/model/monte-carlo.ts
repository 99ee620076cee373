import { project, type ProjectOptions } from './engine';
import { cellIndex } from './inputs';
import { ANNUAL_FANS, combineParts, type AnnualFan, MONTHLY_FANS, POINTS, type MonteCarloPart, type MonteCarloResult } from './monte-carlo-result';
import { applyChanges, compileValues, planChanges, type ChangePlan, type ValuesModel } from './perturb';
import { Random, triangular } from './random';
import { metricValue, resolveMetric, targetMet, type MetricRef } from './targets';
import { resolveUncertainty, type ResolvedUncertainty } from './uncertainty';
import { MAX_RUNS, runCount, type MonteCarloSettings } from './monte-carlo-settings';
import { MONTHS, YEARS, type Projection, type Scenario, type ScenarioValues, type Target, type YearFigures } from './types';

// Monte Carlo runs (README, "Uncertainty"): each run draws every range once (one draw per entry,
// so an every-year range moves the whole row together), projects 60 months, and keeps only the
// series the fan charts and target odds need. Percentiles are taken once, at the end.

export { MAX_RUNS, runCount, type MonteCarloSettings };
/**
 * Runs are drawn in blocks of this many, each block from its own stream seeded by (seed, block):
 * any split of the blocks between workers draws exactly the same numbers as one loop.
 */
export const BLOCK = 500;
const LEAN: ProjectOptions = { monthlyKpis: 'december' };
/** One reader per annual fan: a fixed property read each, where `years[y][key]` is a lookup by name. */
const READ_ANNUAL: Record<AnnualFan, (f: YearFigures) => number | null> = {
  arpu: (f) => f.arpu, cac: (f) => f.cac, cacPaybackMonths: (f) => f.cacPaybackMonths,
  grossMargin: (f) => f.grossMargin, nrr: (f) => f.nrr, ltvToCac: (f) => f.ltvToCac,
};
const ANNUAL_READERS = ANNUAL_FANS.map((key) => READ_ANNUAL[key]);
/**
 * A columns buffer kept between runs. A new buffer costs a page fault on the first write to each
 * 4 KB page: ~50 ms for the 16.8 MB of 10,000 runs on a virtual machine, more than the runs'
 * projections; a reused one costs nothing. Buffers above KEEP_MAX are not kept.
 */
let spare: Float64Array | null = null;
const KEEP_MAX = POINTS * 20_000;

/** The kept buffer, when it is still ours (not handed to another thread) and holds `length`. */
function spareFor(length: number): Float64Array | null {
  return spare !== null && spare.buffer.byteLength > 0 && spare.length >= length ? spare : null;
}

function columnsFor(length: number): Float64Array {
  const kept = spareFor(length);
  if (kept === null) return new Float64Array(length);
  spare = null;
  return kept.subarray(0, length);
}

/** Keeps a columns buffer (of a part whose percentiles are taken) for the next run. */
export function recycleColumns(buffer: ArrayBuffer): void {
  const whole = new Float64Array(buffer);
  if (whole.length <= KEEP_MAX && spareFor(whole.length + 1) === null) spare = whole;
}

/** Makes ready (allocated and written once) a columns buffer for `runs` runs, in idle time. */
export function prepareColumns(runs: number): void {
  const length = POINTS * Math.max(0, Math.floor(runs));
  if (length > KEEP_MAX || spareFor(length) !== null) return;
  const fresh = new Float64Array(length).fill(0);
  recycleColumns(fresh.buffer);
}

/** Runs buffered row by row before they are copied into the columns. */
const CHUNK = 128;


/** A run in progress: step() as many times as wanted (in a worker, or in chunks), then finish(). */
export interface MonteCarloRun {
  readonly total: number;
  readonly done: number;
  /** Does up to `count` more runs; returns how many it did. */
  step(count: number): number;
  /** The raw values of the runs done so far, for combineParts. */
  part(): MonteCarloPart;
  finish(): MonteCarloResult;
}

/** The seed of a block's stream: the run's seed and the block index, mixed (splitmix32-style). */
function blockSeed(seed: number, block: number): number {
  let z = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(block + 1, 0x85ebca77)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  return (z ^ (z >>> 15)) | 0;
}


interface Slots { plan: ChangePlan; entryOf: Int32Array; relative: Uint8Array }

/** The moved cells and which entry each draws from; a one-year range wins over its row's every-year range. */
function slotsOf(model: ValuesModel, entries: readonly ResolvedUncertainty[]): Slots {
  const owner = new Map<number, number>();
  entries.forEach((u, e) => {
    for (let y = 0; y < YEARS; y++) {
      if (u.y !== null && u.y !== y) continue;
      const c = cellIndex(u.row, y);
      const held = owner.get(c);
      if (held === undefined || (u.y !== null && entries[held]!.y === null)) owner.set(c, e);
    }
  });
  const cells = [...owner.keys()];
  const entryOf = Int32Array.from(cells, (c) => owner.get(c)!);
  const relative = Uint8Array.from(entryOf, (e) => (entries[e]!.entry.relative ? 1 : 0));
  return { plan: planChanges(model, cells), entryOf, relative };
}

interface TargetSlot { target: Target; ref: MetricRef | null; y: number }

/**
 * The projection every run writes over, kept from one run to the next: a new one per run gave
 * the compiled engine arrays it had not seen, which threw its code away at the start of each run
 * (the first few runs in a new worker were 2 to 3 times slower). Each run reads its figures as
 * soon as it has projected them, so runs stepped in turn can share it.
 */
let reused: Projection | undefined;

/**
 * A run in progress, as a class: its methods are the same code for every run, so the optimising
 * compiler keeps them from one run to the next (closures made per run were recompiled each time).
 */
class Runner implements MonteCarloRun {
  readonly total: number;
  done = 0;
  private readonly model: ValuesModel;
  private readonly plan: ChangePlan;
  private readonly entryOf: Int32Array;
  private readonly relative: Uint8Array;
  private readonly random: Random;
  private readonly draws: Float64Array;
  private readonly lows: Float64Array;
  private readonly modes: Float64Array;
  private readonly highs: Float64Array;
  private readonly amounts: Float64Array;
  // Column-major results (point j of run r at j * total + r): each column is one block for the
  // percentiles. Runs are first written row by row into a small chunk that stays in cache, then
  // copied column by column: writing each run straight into 210 columns 80 KB apart was a cache
  // miss per value and cost as much as the projections.
  private readonly columns: Float64Array;
  private readonly chunk = new Float64Array(CHUNK * POINTS);
  private chunkStart = 0;
  private readonly targets: TargetSlot[];
  private readonly met: Int32Array;
  private readonly missing: Int32Array;
  private readonly cashOut = new Int32Array(YEARS);
  private formulaFailures = 0;
  // The series the fans read: the same arrays every run, as each run writes over `reused`.
  private fanSeries: number[][] = [];
  private fansOf: Projection | undefined = undefined;

  constructor(private readonly scenario: Scenario, values: ScenarioValues, private readonly settings: MonteCarloSettings, private readonly from0: number, total: number, private readonly entries: readonly ResolvedUncertainty[]) {
    this.total = total;
    this.model = compileValues(scenario, values);
    const { plan, entryOf, relative } = slotsOf(this.model, entries);
    this.plan = plan;
    this.entryOf = entryOf;
    this.relative = relative;
    this.random = new Random(blockSeed(settings.seed, Math.floor(from0 / BLOCK)));
    // A share that starts inside a block skips the draws of that block's earlier runs.
    for (let k = 0; k < (from0 % BLOCK) * entries.length; k++) this.random.next();
    this.draws = new Float64Array(entries.length);
    this.lows = Float64Array.from(entries, (u) => u.entry.low);
    this.modes = Float64Array.from(entries, (u) => u.entry.mode);
    this.highs = Float64Array.from(entries, (u) => u.entry.high);
    this.amounts = new Float64Array(entryOf.length);
    this.columns = columnsFor(POINTS * total);
    const planIds = values.plans.map((p) => p.id);
    this.targets = scenario.targets.map((t) => ({ target: t, ref: resolveMetric(t.metric, planIds), y: t.year - scenario.startYear }));
    this.met = new Int32Array(this.targets.length);
    this.missing = new Int32Array(this.targets.length);
  }

  step(count: number): number {
    const { total, from0, draws, lows, modes, highs, amounts, entryOf, model, chunk, targets, random } = this;
    const end = Math.min(total, this.done + count);
    const from = this.done;
    for (let r = from; r < end; r++) {
      if (r > 0 && (from0 + r) % BLOCK === 0) random.reseed(blockSeed(this.settings.seed, (from0 + r) / BLOCK));
      for (let e = 0; e < draws.length; e++) draws[e] = triangular(random.next(), lows[e]!, modes[e]!, highs[e]!);
      for (let s = 0; s < amounts.length; s++) amounts[s] = draws[entryOf[s]!]!;
      if (applyChanges(model, this.plan, amounts, this.relative) > 0) this.formulaFailures++;
      // Each run's figures are read before the next run writes over them. The runs read flows
      // and annual figures only, so the monthly KPIs are computed for the Decembers alone.
      const p = project(model.values, reused, LEAN);
      reused = p;
      if (p !== this.fansOf) { this.fansOf = p; this.fanSeries = MONTHLY_FANS.map((key) => p.monthly[key]); }
      const fanSeries = this.fanSeries;
      let at = (r - this.chunkStart) * POINTS;
      for (let k = 0; k < fanSeries.length; k++) {
        const series = fanSeries[k]!;
        for (let m = 0; m < MONTHS; m++) chunk[at++] = series[m]!;
      }
      for (let k = 0; k < ANNUAL_READERS.length; k++) {
        const read = ANNUAL_READERS[k]!;
        for (let y = 0; y < YEARS; y++) chunk[at++] = read(p.years[y]!) ?? NaN;
      }
      // The engine's summary already holds the first month below zero: one read and a count.
      const out = p.summary.cashOutMonth;
      if (out !== null) this.cashOut[(out / 12) | 0]!++;
      for (let t = 0; t < targets.length; t++) {
        const { ref, y, target } = targets[t]!;
        const value = ref ? metricValue(ref, y, model.values, p) : null;
        if (value === null) this.missing[t]!++;
        else if (targetMet(target, value)) this.met[t]!++;
      }
      if (r + 1 - this.chunkStart === CHUNK) this.flush(r + 1);
    }
    this.flush(end);
    this.done = end;
    return end - from;
  }

  private flush(end: number): void {
    const { columns, chunk, total, chunkStart } = this;
    const rows = end - chunkStart;
    for (let j = 0; j < POINTS; j++) {
      const at = j * total + chunkStart;
      for (let b = 0; b < rows; b++) columns[at + b] = chunk[b * POINTS + j]!;
    }
    this.chunkStart = end;
  }

  // The columns hold `total` runs each; a part of `done` runs is packed to `done` per column.
  part(): MonteCarloPart {
    const { columns, total, done } = this;
    let packed = columns;
    if (done < total) {
      packed = new Float64Array(POINTS * done);
      for (let j = 0; j < POINTS; j++) packed.set(columns.subarray(j * total, j * total + done), j * done);
    }
    return { from: this.from0, runs: done, columns: packed, met: this.met.slice(), missing: this.missing.slice(), cashOut: this.cashOut.slice(), formulaFailures: this.formulaFailures };
  }

  finish(): MonteCarloResult {
    const result = combineParts([this.part()], this.scenario.targets, this.settings.seed, this.entries.length);
    recycleColumns(this.columns.buffer as ArrayBuffer);
    return result;
  }
}

/**
 * Starts Monte Carlo runs of a parsed scenario (parseScenario's scenario and values): all of
 * them, or the runs `range.from` .. `range.to - 1` of them (a worker's share).
 */
export function createMonteCarlo(scenario: Scenario, values: ScenarioValues, settings: MonteCarloSettings, range?: { from: number; to: number }): MonteCarloRun {
  const from0 = range ? range.from : 0;
  const total = range ? range.to - range.from : runCount(settings);
  return new Runner(scenario, values, settings, from0, total, resolveUncertainty(scenario));
}

/** All runs at once (tests, benchmarks, the CLI). */
export function runMonteCarlo(scenario: Scenario, values: ScenarioValues, settings: MonteCarloSettings): MonteCarloResult {
  const run = createMonteCarlo(scenario, values, settings);
  run.step(run.total);
  return run.finish();
}
