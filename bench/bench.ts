// `npm run bench`: the engine against the same model in a spreadsheet engine (HyperFormula),
// and the size of the built app. Writes its section of BENCHMARKS.md; `-- --json` prints the
// figures as one JSON object instead of the table.
import { readFileSync } from 'node:fs';
import { bundleSizes } from './bundle-size';
import { bundledModel } from './bundled-model';
import { MONTHS, type Scenario } from '../src/model/types';
import { buildSheet, readColumn } from './hyperformula-model';
import { calibrationMicros, machine, median, microsPerCall, writeSection } from './report';
import { measureMonteCarlo } from './monte-carlo';

const json = process.argv.includes('--json');
const log = (s: string) => { if (!json) process.stdout.write(`${s}\n`); };

// Every figure times the model bundled as the app ships it (bench/bundled-model.ts).
const model = await bundledModel();
const raw = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as unknown;
const parsed = model.parseScenario(raw);
if (!parsed.ok) throw new Error('baseline does not parse');
const { scenario, values } = parsed;

// 1. One projection, scenario already parsed.
log('measuring the engine ...');
const engineMicros = microsPerCall(() => model.project(values), 2000);
const calibration = calibrationMicros();

// 1b. The forecast of the baseline with 12 actual months (MODEL.md, "Actuals and the forecast"):
// every figure given, a little off the plan's (customers 3 % short, mrr 5 %, spend 2 % over),
// through parseScenario like a file. The plan is passed in, as the app and the CLI have it.
log('measuring the forecast with 12 actual months ...');
const planOfBaseline = model.project(values);
const twelve = Array.from({ length: 12 }, (_, m) => {
  const f = planOfBaseline.monthly;
  return {
    month: `2026-${String(m + 1).padStart(2, '0')}`,
    marketingSpend: f.marketingSpend[m]! * 1.02, visitors: f.visitors[m]! * 0.98, trials: f.trials[m]!, newCustomers: f.newCustomers[m]! * 0.97,
    churnedCustomers: f.churnedCustomers[m]!, mrr: f.mrr[m]! * 0.95, newMrr: f.newMrr[m]!, expansionMrr: f.expansionMrr[m]!,
    contractionMrr: f.contractionMrr[m]!, churnedMrr: f.churnedMrr[m]!, cogs: f.cogs[m]!, salesMarketingOverhead: f.salesMarketingOverhead[m]!,
    operatingExpenses: f.operatingExpenses[m]!, cash: f.cash[m]! - 1000 * m,
    customersByPlan: Object.fromEntries(planOfBaseline.planIds.map((id, i) => [id, planOfBaseline.customersByPlan[i]![m]! * 0.97])),
  };
});
const withActuals = model.parseScenario({ ...scenario, actuals: twelve });
if (!withActuals.ok) throw new Error('the baseline with 12 actual months does not parse');
const actualMonths = withActuals.scenario.actuals!;
// Timed in alternating batches with the plan, so that both see the same load on a shared machine:
// the ratio is the median of the batch pairs' ratios.
const runForecast = () => model.projectForecast(values, actualMonths, planOfBaseline);
const runPlan = () => model.project(values);
for (let i = 0; i < 10_000; i++) { runForecast(); runPlan(); }
const pairs: { plan: number; forecast: number }[] = [];
for (let b = 0; b < 41; b++) pairs.push({ forecast: microsPerCall(runForecast, 1000, 1, 0), plan: microsPerCall(runPlan, 1000, 1, 0) });
const forecastMicros = median(pairs.map((p) => p.forecast));
const forecastToPlan = median(pairs.map((p) => p.forecast / p.plan));

// 2. One assumption changed, every output recomputed, the way the app does it on an edit: the
// store makes a copy that shares every untouched row, evaluation.ts hands it to parseCellEdit
// (the edited cells' shape check, then formulas and every MODEL.md value rule, as parseScenario
// does) and projectEdit (the months before the edited year are the same as before; the engine
// resumes at the edited year, as a spreadsheet recomputes a cell's dependents). Measured for an
// edit in 2028 and in 2026, where every month is recomputed. The full door (parseScenario on the
// whole object, as for a file, and a whole projection) is measured too.
const reference = model.project(values);
// Two new values for the year's budget, neither equal to the baseline's: each timed edit is a
// change from the scenario it is made on (the spreadsheet alternates between the same two).
const editValues = (year: number) => [1.05, 1.1].map((f) => (scenario.drivers.marketingBudget[year] as number) * f);
const editIn = (year: number) => {
  const next = editValues(year);
  let k = 0;
  return (): Scenario => {
    const budget = scenario.drivers.marketingBudget.slice();
    budget[year] = next[k++ % 2]!;
    return { ...scenario, drivers: { ...scenario.drivers, marketingBudget: budget } };
  };
};
const editPath = (year: number) => {
  const edited = editIn(year);
  return microsPerCall(() => {
    const p = model.parseCellEdit(scenario, parsed, edited());
    if (!p?.ok) throw new Error('edit failed');
    return model.projectEdit(p.values, values, reference);
  }, 500);
};
log('measuring an edit: parse + resolve + project ...');
const editMicros = editPath(2);
const editMicros2026 = editPath(0);
const fullEdit = editIn(2);
const fullParseEditMicros = microsPerCall(() => {
  const p = model.parseScenario(fullEdit());
  if (!p.ok) throw new Error('edit failed');
  return model.project(p.values);
}, 200);

// The spreadsheet: same inputs, formulas for every month. First prove it computes the same.
log('building the HyperFormula sheet and checking it against the engine ...');
const sheet = buildSheet(values);
const check = (name: string, ours: readonly number[]) => {
  const theirs = readColumn(sheet, name);
  for (let m = 0; m < MONTHS; m++) {
    const a = ours[m]!;
    const b = theirs[m]!;
    if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) throw new Error(`sheet and engine differ: ${name}[${m}] ${b} vs ${a}`);
  }
};
for (const name of ['mrr', 'customers', 'ebitda', 'cash', 'expansionMrr', 'contractionMrr', 'churnedMrr'] as const) check(name, reference.monthly[name]);
const outputs = ['mrr', 'customers', 'ebitda', 'cash'].map((n) => sheet.column[n]!);
const hyperformulaEdit = (year: number) => {
  const cell = sheet.driverCell('marketingBudget', year);
  const next = editValues(year);
  let j = 0;
  const micros = microsPerCall(() => {
    sheet.hf.setCellContents(cell, next[j++ % 2]!);
    let acc = 0;
    for (const c of outputs) for (let m = 0; m < MONTHS; m++) acc += sheet.hf.getCellValue({ sheet: sheet.months, row: m, col: c }) as number;
    return acc;
  }, 20, 15, 40);
  // After the timed edits the sheet must still agree with the engine on the same edit.
  sheet.hf.setCellContents(cell, next[1]!);
  const after = model.parseScenario({ ...scenario, drivers: { ...scenario.drivers, marketingBudget: scenario.drivers.marketingBudget.map((c, y) => (y === year ? next[1]! : c)) } });
  if (!after.ok) throw new Error('edit failed');
  const afterProjection = model.project(after.values);
  for (const name of ['mrr', 'customers', 'ebitda', 'cash'] as const) check(name, afterProjection.monthly[name]);
  sheet.hf.setCellContents(cell, scenario.drivers.marketingBudget[year]!);
  return micros;
};
const hyperformulaEditMicros = hyperformulaEdit(2);
const hyperformulaEditMicros2026 = hyperformulaEdit(0);

// 3. Monte Carlo: 10,000 runs with ranges on 10 inputs, Node's main thread.
log('measuring 10,000 Monte Carlo runs ...');
const monteCarlo10kMs = measureMonteCarlo(model).medianMs;

// 4. The built app: initial JavaScript (the entry and what it imports statically) and lazy chunks.
const { initialJsKbGzip, chunks } = bundleSizes();

const result = {
  engineMicrosPerProjection: engineMicros,
  forecastMicros12ActualMonths: forecastMicros,
  forecastToPlan,
  editRecomputeMicros: editMicros,
  hyperformulaEditMicros,
  speedupVsHyperformula: hyperformulaEditMicros / editMicros,
  monteCarlo10kMs,
  initialJsKbGzip,
};
if (json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const f = (x: number | null, d = 1) => (x === null ? 'not measured' : x.toFixed(d));
  const date = new Date().toISOString().slice(0, 10);
  writeSection('bench-node', `
## Engine, edit and bundle (\`npm run bench\`)

Measured ${date} on ${machine()}. Medians of timed batches after a warm-up. The model is timed
as the app ships it: bundled into one module (\`bench/bundled-model.ts\`).

| figure | measured | goal |
|---|---|---|
| one baseline projection, scenario already parsed (every monthly and annual figure) | ${f(engineMicros, 2)} µs | 10 µs or less |
| the forecast of the baseline with 12 actual months (every figure given; the plan passed in) / its cost against the plan's | ${f(forecastMicros, 2)} µs / ${f(forecastToPlan, 2)}x (median of alternating batches) | 1.5x or less |
| one assumption changed (2028 marketing budget), every output recomputed: the app's edit path (check the edited cell, resolve, validate, project from 2028) | ${f(editMicros, 1)} µs | |
| the same edit in HyperFormula (\`setCellContents\` + reading MRR, customers, EBITDA, cash for 60 months) | ${f(hyperformulaEditMicros, 0)} µs | |
| **speed-up against HyperFormula, 2028 edit** | **${f(result.speedupVsHyperformula, 0)}x** | 300x or more |
| an edit of 2026 (every month recomputed by both): ours / HyperFormula's / speed-up | ${f(editMicros2026, 1)} µs / ${f(hyperformulaEditMicros2026, 0)} µs / ${f(hyperformulaEditMicros2026 / editMicros2026, 0)}x | 300x or more |
| the 2028 edit through the full door (\`parseScenario\` on the whole scenario, as for a file, + a whole projection) / speed-up | ${f(fullParseEditMicros, 1)} µs / ${f(hyperformulaEditMicros / fullParseEditMicros, 0)}x | |
| 10,000 Monte Carlo runs (Node, main thread) | ${monteCarlo10kMs === null ? 'not built yet' : `${f(monteCarlo10kMs, 0)} ms`} | 250 ms or less |
| initial JavaScript of the built app, gzipped | ${f(initialJsKbGzip, 1)} KB | 180 KB or less |
| calibration workload (for the CI ratio budget) | ${f(calibration, 2)} µs | |

The HyperFormula sheet (\`bench/hyperformula-model.ts\`) holds the baseline's inputs and a formula for
every figure of every month; before timing, the script checks that it gives the engine's MRR,
customers, EBITDA, cash and MRR bridge for all 60 months to 1e-9 relative, before and after the edit.
It leaves NRR out (a 12-month cohort replay per month), which favours the spreadsheet.

Chunks of the build (gzipped):

| file | KB | loaded at start |
|---|---|---|
${chunks.sort((a, b) => b.kbGzip - a.kbGzip).map((c) => `| ${c.file.replace(/-[\w-]{8}\.js$/, '.js')} | ${c.kbGzip.toFixed(1)} | ${c.initial ? 'yes' : 'no (lazy)'} |`).join('\n')}

<!-- engineMicros: ${engineMicros.toFixed(3)} -->
<!-- calibrationMicros: ${calibration.toFixed(3)} -->
<!-- initialJsKbGzip: ${initialJsKbGzip?.toFixed(1) ?? 'null'} -->
`);
  log(JSON.stringify(result, null, 2));
  log('wrote BENCHMARKS.md');
}
