import { readFileSync } from 'node:fs';
import { project } from '../model/engine';
import { projectForecast } from '../model/forecast';
import { monthlyCsv, projectionOutput } from '../model/output';
import { formatProblemWithPath, parseScenarioText } from '../model/parse-scenario';
import { takeXlsxOption, writeWorkbookFile } from './xlsx';
import { parseWithActuals, takeActualsOptions } from './actuals-option';

// `npm run --silent project -- FILE.json [--json | --csv [--forecast]] [--xlsx OUT.xlsx]`: check a
// scenario file and print its projection (MODEL.md, "Headless output"), or with --xlsx alone write
// the live workbook. Problems go to stderr one a line with exit
// code 1, so a user's own CI can gate scenario files on it.

const USAGE = "usage: npm run --silent project -- FILE.json [--json | --csv [--forecast]] [--xlsx OUT.xlsx] [--actuals FILE.csv|FILE.xlsx [--map 'Header=figure,...'] [--sheet NAME] [--decimal-mark , | .] [--date-order dmy | mdy]]";
const FLAGS = new Set(['--json', '--csv', '--forecast']);

async function main(args: string[]): Promise<number> {
  // --actuals and its companions take values; the rest of the flags are read as before.
  const { rest: afterActuals, actuals, error } = takeActualsOptions(args);
  if (error) {
    process.stderr.write(`${error}\n${USAGE}\n`);
    return 2;
  }
  const { path: xlsx, rest: argv } = takeXlsxOption(afterActuals);
  const files = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !FLAGS.has(f));
  const csv = flags.has('--csv');
  const forecast = flags.has('--forecast');
  // One output: --json (the default) or --csv; --forecast picks the forecast's CSV table.
  const clash = (csv && flags.has('--json')) || (forecast && !csv);
  if (files.length !== 1 || unknown.length || clash || xlsx === '') {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${forecast && !csv ? '--forecast goes with --csv (--json always holds the forecast of a scenario with actuals)\n' : ''}${USAGE}\n`);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`${file}: cannot read the file (${code ?? String(error)})\n`);
    return 1;
  }
  const parsed = actuals ? await parseWithActuals(text, actuals) : parseScenarioText(text);
  if (!parsed.ok) {
    process.stderr.write(parsed.problems.map((p) => `${file}: ${formatProblemWithPath(p)}\n`).join(''));
    return 1;
  }
  const plan = project(parsed.values);
  if (xlsx !== null) {
    try {
      await writeWorkbookFile(xlsx, { scenario: parsed.scenario, values: parsed.values, projection: plan });
    } catch (error) {
      process.stderr.write(`${xlsx}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      return 1;
    }
    if (flags.size === 0) return 0;
  }
  if (csv && forecast) {
    const f = projectForecast(parsed.values, parsed.scenario.actuals ?? [], plan);
    process.stdout.write(monthlyCsv(f, f.lastActualMonth));
  } else if (csv) process.stdout.write(monthlyCsv(plan));
  else process.stdout.write(JSON.stringify(projectionOutput(parsed.scenario, parsed.values, plan), null, 2) + '\n');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
