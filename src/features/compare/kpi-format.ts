import { formatDelta, formatFigure, formatInput, percent } from '../../components/format';
import { CATALOGUE, type InputEntry } from '../../model/catalogue';
import type { AnnualFigure, Cell } from '../../model/types';

// How each compared figure and assumption reads: the catalogue's label and kind, formatted only here.

/** A compared figure's label: the catalogue's. */
export const kpiLabel = (kpi: AnnualFigure) => CATALOGUE.annual[kpi].label;

/** A figure as the comparison table shows it (precise: $1,234,567, $666.67, 92.0%). */
export function formatKpi(kpi: AnnualFigure, x: number, currency: string): string {
  return formatFigure(CATALOGUE.annual[kpi].kind, x, currency);
}

/** A signed difference; a change of a rate reads in percentage points; a zero reads ±. */
export function formatKpiDelta(kpi: AnnualFigure, x: number, currency: string): string {
  return formatDelta(CATALOGUE.annual[kpi].kind, x, currency);
}

/** A signed percentage: +35.2%. */
export function formatPct(x: number): string {
  const text = percent(Math.abs(x), 1);
  return `${x === 0 || !/[1-9]/.test(text) ? '±' : x > 0 ? '+' : '−'}${text}`;
}

/** The catalogue entry of an assumption, from its path in the file: drivers, plan rows, scenario fields. */
function entryOf(path: readonly (string | number)[]): InputEntry | undefined {
  const key = String(path[0] === 'drivers' ? path[1] : path[0] === 'plans' ? path[2] : path[0]);
  const { drivers, planRows, scenario } = CATALOGUE;
  return (drivers as Record<string, InputEntry>)[key] ?? (planRows as Record<string, InputEntry>)[key] ?? (scenario as Record<string, InputEntry>)[key];
}

/** An assumption value, with the grid's precision: $200,000, 6.75%, 1,200. */
export function formatAssumption(path: readonly (string | number)[], x: number, currency: string): string {
  return formatInput(entryOf(path)?.kind ?? 'count', x, currency);
}

/** A cell as written: its value, or the formula and the value it gives. */
export function formatCell(path: readonly (string | number)[], cell: Cell | null, value: number | null, currency: string): string {
  if (cell === null) return '—';
  if (typeof cell === 'number') return formatAssumption(path, cell, currency);
  return value === null ? cell : `${cell} (${formatAssumption(path, value, currency)})`;
}
