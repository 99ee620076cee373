import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { fillModelWorkbook, type WorkbookData } from '../model/workbook/build';

/** `--xlsx OUT.xlsx`: the live workbook (every figure a formula) written to a file. */
export async function writeWorkbookFile(path: string, data: WorkbookData): Promise<void> {
  const book = new ExcelJS.Workbook();
  fillModelWorkbook(book, data);
  await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
}

/** Takes `--xlsx PATH` out of the arguments: the path (null if absent, '' if it has no path), and the rest. */
export function takeXlsxOption(argv: readonly string[]): { path: string | null; rest: string[] } {
  const at = argv.indexOf('--xlsx');
  if (at < 0) return { path: null, rest: [...argv] };
  const path = argv[at + 1];
  const valid = path !== undefined && !path.startsWith('--');
  return { path: valid ? path : '', rest: [...argv.slice(0, at), ...argv.slice(at + (valid ? 2 : 1))] };
}
