// LibreOffice Calc, headless, as a second spreadsheet that recomputes the live workbook: a
// throwaway profile whose settings recompute xlsx formulas on load (off by default, so a
// workbook would otherwise show its cached results), and CSV export of every sheet.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';
// org.openoffice.Office.Calc/Formula/Load: OOXMLRecalcMode 0 = always recompute on load.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;
// CSV filter options: comma, double quote, UTF-8, from line 1, values not as shown (full
// precision), every sheet to its own file (`NAME-Sheet.csv`, token 12 = -1).
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Throws a message that says how to install LibreOffice when soffice cannot run. */
export function requireSoffice(): string {
  const run = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(`LibreOffice is needed to recompute the exported workbooks, and \`${SOFFICE} --version\` failed (${run.error?.message ?? run.stderr}). Install it with \`bash scripts/ensure-test-tools.sh\` (as root) or \`sudo apt-get install -y libreoffice-calc-nogui\`, or set SOFFICE_PATH.`);
  }
  return run.stdout.trim();
}

/** Converts every xlsx file of `dir` (names without spaces) in one soffice run: `dir/out/NAME-Sheet.csv`. */
export function convertAll(dir: string, names: readonly string[]): void {
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const run = spawnSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', CSV_ALL_SHEETS, '--outdir', join(dir, 'out'), ...names.map((n) => join(dir, `${n}.xlsx`))], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
}

/** One CSV cell as the tests compare it: a number (`12.5%` is 0.125), else its text ('' if empty). */
function cellValue(text: string): number | string {
  if (text === '') return '';
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1) : text);
  if (text.trim() === '' || Number.isNaN(n)) return text;
  return percent ? n / 100 : n;
}

/** A CSV file as rows of cells (RFC 4180 quotes). */
export function readCsv(path: string): (number | string)[][] {
  const text = readFileSync(path, 'utf8');
  const rows: (number | string)[][] = [];
  let row: (number | string)[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cellValue(field)); field = ''; }
    else if (ch === '\n') { row.push(cellValue(field.replace(/\r$/, ''))); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field !== '' || row.length) { row.push(cellValue(field)); rows.push(row); }
  return rows;
}
