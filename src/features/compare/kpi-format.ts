import { count, money, months, multiple, percent } from '../../components/format';
import type { AnnualFigure, Cell } from '../../model/types';

// How each compared figure reads: money, a count, a rate or a multiple. Formatting only here.

type Kind = 'money' | 'money2' | 'count' | 'rate' | 'multiple' | 'months';

export const KPI_INFO: Partial<Record<AnnualFigure, { label: string; kind: Kind }>> = {
  revenue: { label: 'Revenue', kind: 'money' },
  ebitda: { label: 'EBITDA', kind: 'money' },
  arr: { label: 'ARR (December)', kind: 'money' },
  endingCustomers: { label: 'Customers (December)', kind: 'count' },
  endingCash: { label: 'Cash (December)', kind: 'money' },
  grossMargin: { label: 'Gross margin', kind: 'rate' },
  cac: { label: 'CAC (paid)', kind: 'money2' },
  ltvToCac: { label: 'LTV : CAC', kind: 'multiple' },
  nrr: { label: 'Net revenue retention', kind: 'rate' },
  cacPaybackMonths: { label: 'CAC payback', kind: 'months' },
};

export const kpiLabel = (kpi: AnnualFigure) => KPI_INFO[kpi]?.label ?? kpi;

function format(kind: Kind, x: number, currency: string): string {
  switch (kind) {
    case 'money': return money(x, currency, 0);
    case 'money2': return money(x, currency, 2);
    case 'count': return count(x, 0);
    case 'rate': return percent(x, 1);
    case 'multiple': return multiple(x);
    case 'months': return months(x);
  }
}

/** A figure as the dashboard shows it. */
export function formatKpi(kpi: AnnualFigure, x: number, currency: string): string {
  return format(KPI_INFO[kpi]?.kind ?? 'count', x, currency);
}

// The sign follows what the reader sees: a difference that rounds to zero at the shown precision
// reads "±$0.00", never "−$0.00" (float noise such as -1e-12 must not look like a loss).
function signed(x: number, magnitude: string): string {
  const sign = !/[1-9]/.test(magnitude) ? '±' : x > 0 ? '+' : '−';
  return `${sign}${magnitude}`;
}

/** A signed difference; a change of a rate reads in percentage points. */
export function formatKpiDelta(kpi: AnnualFigure, x: number, currency: string): string {
  const kind = KPI_INFO[kpi]?.kind ?? 'count';
  if (kind === 'rate') return `${signed(x, count(Math.abs(x) * 100, 1))} pts`;
  return signed(x, format(kind, Math.abs(x), currency));
}

/** A signed percentage: +35.2 %. */
export function formatPct(x: number): string {
  return signed(x, percent(Math.abs(x), 1));
}

const MONEY_ROWS = new Set(['marketingBudget', 'visitorAcquisitionCost', 'cogsPerCustomer', 'salesMarketingOverhead', 'operatingExpenses', 'price', 'startingCash']);
const RATE_ROWS = new Set(['visitorToTrial', 'trialToPaid', 'cogsPercent', 'mix', 'churn', 'upgrade', 'downgrade']);

/** The row an assumption belongs to, from its path in the file: `marketingBudget`, `price`, `startingCash`. */
const rowOf = (path: readonly (string | number)[]) => String(path[0] === 'drivers' ? path[1] : path[0] === 'plans' ? path[2] : path[0]);

/** An assumption value: $200,000, 6.75 %, 1,200. */
export function formatAssumption(path: readonly (string | number)[], x: number, currency: string): string {
  const row = rowOf(path);
  if (MONEY_ROWS.has(row)) return money(x, currency, Number.isInteger(x) ? 0 : 2);
  // 6.0 % or 6.75 %: one decimal unless the rate needs two.
  if (RATE_ROWS.has(row)) return percent(x, Number.isInteger(Math.round(x * 1e6) / 1e3) ? 1 : 2);
  return row === 'startYear' ? String(x) : count(x, Number.isInteger(x) ? 0 : 2);
}

/** A cell as written: its value, or the formula and the value it gives. */
export function formatCell(path: readonly (string | number)[], cell: Cell | null, value: number | null, currency: string): string {
  if (cell === null) return '—';
  if (typeof cell === 'number') return formatAssumption(path, cell, currency);
  return value === null ? cell : `${cell} (${formatAssumption(path, value, currency)})`;
}
