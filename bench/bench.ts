// `npm run bench`: the engine against the same model in a spreadsheet engine (HyperFormula),
// and the size of the built app. Writes its section of BENCHMARKS.md; `-- --json` prints the
// figures as one JSON object instead of the table.
import { readFileSync } from 'node:fs';
import { bundleSizes } from './bundle-size';
import { project } from '../src/model/engine';
import { parseCellEdit } from '../src/model/parse-edit';
import { parseScenario } from '../src/model/parse-scenario';
import { MONTHS, type Scenario } from '../src/model/types';
import { buildSheet, readColumn } from './hyperformula-model';
import { calibrationMicros, machine, microsPerCall, writeSection } from './report';
import { monteCarloBenchmark } from './monte-carlo-hook';

const json = process.argv.includes('--json');
const log = (s: string) => { if (!json) process.stdout.write(`${s}\n`); };

const raw = JSON.parse(readFileSync('scenarios/crm-baseline.json', 'utf8')) as unknown;
const parsed = parseScenario(raw);
if (!parsed.ok) throw new Error('baseline does not parse');
const { scenario, values } = parsed;

// 1. One projection, scenario already parsed.
log('measuring the engine ...');
const engineMicros = microsPerCall(() => project(values), 2000);
const calibration = calibrationMicros();

// 2. One assumption changed, every output recomputed, the way the app does it on an edit: the
// store makes a copy that shares every untouched row, evaluation.ts hands it to parseCellEdit
// (the edited cells' shape check, then formulas and every MODEL.md value rule, as parseScenario
// does), and project runs. The full door (parseScenario on the whole object, as for a file) is
// measured too.
const edits = [700000, 750000];
let k = 0;
const edited = (): Scenario => {
  const budget = scenario.drivers.marketingBudget.slice();
  budget[2] = edits[k++ % 2]!;
  return { ...scenario, drivers: { ...scenario.drivers, marketingBudget: budget } };
};
log('measuring an edit: parse + resolve + project ...');
const editMicros = microsPerCall(() => {
  const p = parseCellEdit(scenario, parsed, edited());
  if (!p?.ok) throw new Error('edit failed');
  return project(p.values);
}, 500);
const fullParseEditMicros = microsPerCall(() => {
  const p = parseScenario(edited());
  if (!p.ok) throw new Error('edit failed');
  return project(p.values);
}, 200);

// The spreadsheet: same inputs, formulas for every month. First prove it computes the same.
log('building the HyperFormula sheet and checking it against the engine ...');
const sheet = buildSheet(values);
const reference = project(values);
const check = (name: string, ours: readonly number[]) => {
  const theirs = readColumn(sheet, name);
  for (let m = 0; m < MONTHS; m++) {
    const a = ours[m]!;
    const b = theirs[m]!;
    if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a))) throw new Error(`sheet and engine differ: ${name}[${m}] ${b} vs ${a}`);
  }
};
for (const name of ['mrr', 'customers', 'ebitda', 'cash', 'expansionMrr', 'contractionMrr', 'churnedMrr'] as const) check(name, reference.monthly[name]);
const cell = sheet.driverCell('marketingBudget', 2);
const outputs = ['mrr', 'customers', 'ebitda', 'cash'].map((n) => sheet.column[n]!);
let j = 0;
const hyperformulaEditMicros = microsPerCall(() => {
  sheet.hf.setCellContents(cell, edits[j++ % 2]!);
  let acc = 0;
  for (const c of outputs) for (let m = 0; m < MONTHS; m++) acc += sheet.hf.getCellValue({ sheet: sheet.months, row: m, col: c }) as number;
  return acc;
}, 20, 15, 40);
// After the timed edits the sheet must still agree with the engine on the same edit.
sheet.hf.setCellContents(cell, 750000);
const after = parseScenario({ ...scenario, drivers: { ...scenario.drivers, marketingBudget: scenario.drivers.marketingBudget.map((c, y) => (y === 2 ? 750000 : c)) } });
if (!after.ok) throw new Error('edit failed');
const afterProjection = project(after.values);
for (const name of ['mrr', 'customers', 'ebitda', 'cash'] as const) check(name, afterProjection.monthly[name]);

// 3. Monte Carlo, once it exists.
const monteCarlo10kMs = await monteCarloBenchmark();

// 4. The built app: initial JavaScript (the entry and what it imports statically) and lazy chunks.
const { initialJsKbGzip, chunks } = bundleSizes();

const result = {
  engineMicrosPerProjection: engineMicros,
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

Measured ${date} on ${machine()}. Medians of timed batches after a warm-up.

| figure | measured | goal |
|---|---|---|
| one baseline projection, scenario already parsed | ${f(engineMicros, 2)} µs | 10 µs or less |
| one assumption changed, every output recomputed: the app's edit path (check the edited cell, resolve, validate, project) | ${f(editMicros, 1)} µs | |
| the same through the full door (\`parseScenario\` on the whole scenario, as for a file, + project) | ${f(fullParseEditMicros, 1)} µs | |
| the same edit in HyperFormula (\`setCellContents\` + reading MRR, customers, EBITDA, cash for 60 months) | ${f(hyperformulaEditMicros, 0)} µs | |
| speed-up against HyperFormula: the edit path / the full door | ${f(result.speedupVsHyperformula, 0)}x / ${f(hyperformulaEditMicros / fullParseEditMicros, 0)}x | 300x or more |
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
