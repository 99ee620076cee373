import { useEffect, useState, type ComponentType } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { waitMessage } from '../../components/figures-wait';
import { useWorkingEvaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import './print.css';

// The report's code (with the charts) loads after the first screen; once loaded it can be drawn
// synchronously in `beforeprint`, which is what Ctrl+P needs.
let Report: ComponentType | null = null;
let loading: Promise<ComponentType> | null = null;
/** Loads the print report's code once. */
export function loadReport(): Promise<ComponentType> {
  loading ??= import('./PrintReport').then((m) => (Report = m.PrintReport));
  return loading;
}

/**
 * Draws the print report, into <body> beside the app, only while the page is printed (print
 * preview, window.print(), a PDF export): the report does not cost anything while editing.
 * print.css hides the app when the report is there.
 */
export function PrintHost() {
  const [printing, setPrinting] = useState(false);
  // Re-renders once the report's code has arrived.
  const [, setLoaded] = useState(Report !== null);
  const { shown, problems } = useWorkingEvaluation();
  const name = useStore((s) => s.scenario.name);
  useEffect(() => {
    const media = matchMedia('print');
    const show = (on: boolean) => {
      if (!on) { setPrinting(false); return; }
      // Printing starts right after `beforeprint`: the report must be in the page by then.
      if (Report) flushSync(() => setPrinting(true));
      else void loadReport().then(() => { setLoaded(true); setPrinting(true); });
    };
    const onMedia = (e: MediaQueryListEvent) => show(e.matches);
    const before = () => show(true);
    const after = () => show(media.matches);
    media.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    const idle = window.setTimeout(() => void loadReport(), 3000);
    return () => {
      media.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      window.clearTimeout(idle);
    };
  }, []);
  if (!printing) return null;
  // A scenario that never computed prints why it has no report, never another scenario's figures.
  if (!shown) return createPortal(<div className="print-report"><h1>{name}</h1><p>{waitMessage('The report waits', name, problems)}</p></div>, document.body);
  if (!Report) return null;
  return createPortal(<Report />, document.body);
}
