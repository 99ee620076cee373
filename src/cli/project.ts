import { readFileSync } from 'node:fs';
import { project } from '../model/engine';
import { monthlyCsv, projectionOutput } from '../model/output';
import { formatProblemWithPath, parseScenarioText } from '../model/parse-scenario';
import { parseWithActuals, takeActualsOptions } from './actuals-option';

// `npm run --silent project -- FILE.json [--json | --csv]`: check a scenario file and print its
// projection. Problems go to stderr one a line with exit code 1, so a user's own CI can gate
// scenario files on it.

const USAGE = "usage: npm run --silent project -- FILE.json [--json | --csv] [--actuals FILE.csv|FILE.xlsx [--map 'Header=figure,...'] [--sheet NAME] [--decimal-mark , | .] [--date-order dmy | mdy]]";

async function main(args: string[]): Promise<number> {
  // --actuals and its companions take values; the rest of the flags are read as before.
  const { rest: argv, actuals, error } = takeActualsOptions(args);
  if (error) {
    process.stderr.write(`${error}\n${USAGE}\n`);
    return 2;
  }
  const files = argv.filter((a) => !a.startsWith('--'));
  const flags = argv.filter((a) => a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--json' && f !== '--csv');
  if (files.length !== 1 || unknown.length || flags.length > 1) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`);
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
  const projection = project(parsed.values);
  if (flags[0] === '--csv') process.stdout.write(monthlyCsv(projection));
  else process.stdout.write(JSON.stringify(projectionOutput(parsed.scenario, parsed.values, projection), null, 2) + '\n');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
