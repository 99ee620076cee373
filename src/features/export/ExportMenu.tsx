import { useEffect, useId, useRef, useState } from 'react';
import { waitMessage } from '../../components/figures-wait';
import { useWorkingEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import { exportChart, exportCsv, exportWorkbook } from './actions';
import { CHART_FILES } from './chart-list';
import { loadReport } from './PrintHost';
import './export.css';

/** Print the report: its code is loaded first, so `beforeprint` can draw it in time. */
async function printReport(): Promise<void> {
  await loadReport();
  window.print();
}

/** The header's Export menu: tables as CSV, the Excel workbook, the printed report, chart images. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const { shown, problems } = useWorkingEvaluation();
  const name = useStore((s) => s.scenario.name);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => { if (!box.current?.contains(e.target as Node)) setOpen(false); };
    const escape = (e: KeyboardEvent) => { if (e.key === 'Escape') setOpen(false); };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => { document.removeEventListener('pointerdown', outside); document.removeEventListener('keydown', escape); };
  }, [open]);
  // Each action closes the menu first, so a download or the print dialog is not hidden behind it.
  const run = (action: () => unknown) => () => { setOpen(false); void action(); };
  return (
    <div className="export-menu" ref={box}>
      <button type="button" className="header-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>Export</button>
      {open && !shown && (
        <div className="export-panel" id={id} role="group" aria-label="Export">
          <p className="export-wait" data-testid="export-wait">{waitMessage('Exports wait', name, problems)}</p>
        </div>
      )}
      {open && shown && (
        <div className="export-panel" id={id} role="group" aria-label="Export">
          <button type="button" onClick={run(() => exportCsv('monthly'))}>Monthly table (CSV)</button>
          <button type="button" onClick={run(() => exportCsv('annual'))}>Annual table (CSV)</button>
          {shown.forecast && <button type="button" onClick={run(() => exportCsv('forecast-monthly'))}>Forecast, monthly, with actuals (CSV)</button>}
          {shown.forecast && <button type="button" onClick={run(() => exportCsv('forecast-annual'))}>Forecast, annual (CSV)</button>}
          <button type="button" onClick={run(exportWorkbook)}>Workbook (Excel)</button>
          <button type="button" onClick={run(printReport)}>Print or save as PDF…</button>
          <table className="export-charts">
            <caption>Charts as images</caption>
            <tbody>
              {CHART_FILES.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.title}</th>
                  <td><button type="button" aria-label={`${c.title} as PNG`} onClick={run(() => exportChart(c.id, 'png'))}>PNG</button></td>
                  <td><button type="button" aria-label={`${c.title} as SVG`} onClick={run(() => exportChart(c.id, 'svg'))}>SVG</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
