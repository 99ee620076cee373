import { fundingMarks } from '../../components/charts/funding-marks';
import { planLabel } from '../../model/places';
import { annualCsv, monthlyCsv } from '../../model/output';
import { waitMessage } from '../../components/figures-wait';
import { useStore } from '../../state/store';
import { workingEvaluation, type Evaluation } from '../../state/evaluation';
import type { ChartFileId } from './chart-list';
import { downloadBlob } from '../../state/scenario-file';
import { exportFileName } from './file-names';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The figures to export: the working scenario's, or its own last good ones (with a warning); none, said why, when it never computed. */
function current(): Evaluation | null {
  const s = useStore.getState();
  const { shown, problems } = workingEvaluation(s);
  if (!shown) {
    s.notify({ kind: 'warning', text: waitMessage('Exports wait', s.scenario.name, problems) });
    return null;
  }
  if (shown.stale) {
    s.notify({ kind: 'warning', text: 'The scenario has problems: the export holds the figures of its last version that computed.' });
  }
  return shown;
}

function reportFailure(what: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  useStore.getState().notify({ kind: 'error', text: `The ${what} could not be exported: ${detail}` });
}

/**
 * The monthly or annual table as CSV, with MODEL.md's names as column headers: the plan's, or for a
 * scenario with actuals the forecast's (the monthly one with its `actual` column, the same text as
 * the CLI's `--csv --forecast`, so it imports back as actuals).
 */
export function exportCsv(table: 'monthly' | 'annual' | 'forecast-monthly' | 'forecast-annual'): void {
  const figures = current();
  if (!figures) return;
  const { scenario, projection, forecast } = figures;
  if (table === 'forecast-monthly' || table === 'forecast-annual') {
    if (!forecast) return;
    const text = table === 'forecast-monthly' ? monthlyCsv(forecast.forecast, forecast.lastActualMonth) : annualCsv(forecast.forecast);
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), exportFileName(scenario.name, table, 'csv'));
    return;
  }
  const text = table === 'monthly' ? monthlyCsv(projection) : annualCsv(projection);
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), exportFileName(scenario.name, table, 'csv'));
}

/**
 * The Excel workbook, a live model (every figure a formula); exceljs and the workbook builder are
 * loaded only now, so they stay out of the first screen's code.
 */
export async function exportWorkbook(): Promise<void> {
  const figures = current();
  if (!figures) return;
  const { scenario, values, projection } = figures;
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
  const figures = current();
  if (!figures) return;
  const { scenario, projection, values } = figures;
  try {
    const { chartFile } = await import('./chart-file');
    const planNames = scenario.plans.map((_, i) => planLabel(scenario, i));
    const blob = await chartFile(id, format, { projection, planNames, currency: scenario.currency, targets: scenario.targets, funding: fundingMarks(scenario.funding, values) });
    downloadBlob(blob, exportFileName(scenario.name, `chart-${id}`, format));
  } catch (error) {
    reportFailure(`chart (${id})`, error);
  }
}
