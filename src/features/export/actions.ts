import { planLabel } from '../../model/places';
import { annualCsv, monthlyCsv } from '../../model/output';
import { useStore } from '../../state/store';
import { workingEvaluation } from '../../state/evaluation';
import type { ChartFileId } from './chart-list';
import { downloadBlob } from '../../state/scenario-file';
import { exportFileName } from './file-names';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The figures to export: the working scenario's, or its last good ones (with a warning). */
function current() {
  const evaluation = workingEvaluation(useStore.getState().scenario);
  if (evaluation.stale) {
    useStore.getState().notify({ kind: 'warning', text: 'The scenario has problems: the export holds the figures of the last version that computed.' });
  }
  return evaluation;
}

function reportFailure(what: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  useStore.getState().notify({ kind: 'error', text: `The ${what} could not be exported: ${detail}` });
}

/** The monthly or annual table as CSV, with MODEL.md's names as column headers. */
export function exportCsv(table: 'monthly' | 'annual'): void {
  const { scenario, projection } = current();
  const text = table === 'monthly' ? monthlyCsv(projection) : annualCsv(projection);
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), exportFileName(scenario.name, table, 'csv'));
}

/**
 * The Excel workbook, a live model (every figure a formula); exceljs and the workbook builder are
 * loaded only now, so they stay out of the first screen's code.
 */
export async function exportWorkbook(): Promise<void> {
  const { scenario, values, projection } = current();
  try {
    const [mod, { fillModelWorkbook }] = await Promise.all([import('exceljs'), import('../../model/workbook/build')]);
    // exceljs is CommonJS: depending on the bundler its classes are named exports or on `default`.
    const Workbook = mod.Workbook ?? (mod as unknown as { default: typeof mod }).default.Workbook;
    const book = new Workbook();
    fillModelWorkbook(book, { scenario, values, projection });
    const buffer = await book.xlsx.writeBuffer();
    downloadBlob(new Blob([buffer], { type: XLSX }), exportFileName(scenario.name, 'workbook', 'xlsx'));
  } catch (error) {
    reportFailure('workbook', error);
  }
}

/** One chart as a PNG or SVG image, drawn in the current theme. */
export async function exportChart(id: ChartFileId, format: 'png' | 'svg'): Promise<void> {
  const { scenario, projection } = current();
  try {
    const { chartFile } = await import('./chart-file');
    const planNames = scenario.plans.map((_, i) => planLabel(scenario, i));
    const blob = await chartFile(id, format, { projection, planNames, currency: scenario.currency, targets: scenario.targets });
    downloadBlob(blob, exportFileName(scenario.name, `chart-${id}`, format));
  } catch (error) {
    reportFailure(`chart (${id})`, error);
  }
}
