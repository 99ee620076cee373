import { monthlyEntry } from '../../model/catalogue';
import type { FigureKind } from '../../model/catalogue-types';
import type { Forecast, Projection } from '../../model/types';
import { varianceCell, type VarianceCell } from '../../model/variance';

/** The four figures of the "Plan vs actual" slide. */
export const YTD_FIGURES = ['revenue', 'newCustomers', 'cac', 'cash'] as const;
export type YtdFigure = (typeof YTD_FIGURES)[number];

export interface YtdRow extends VarianceCell {
  key: YtdFigure;
  label: string;
  kind: FigureKind;
  /** Whether the difference is good news (catalogue higherIsBetter); null when there is none. */
  good: boolean | null;
}

export interface YearToDate {
  /** Month indexes of the year to date: January of the last actual month's year to that month. */
  from: number;
  to: number;
  rows: YtdRow[];
}

interface Sums { revenue: number; newCustomers: number; marketingSpend: number }

function sums(monthly: Pick<Projection['monthly'], 'revenue' | 'newCustomers' | 'marketingSpend'>, from: number, to: number): Sums {
  const s: Sums = { revenue: 0, newCustomers: 0, marketingSpend: 0 };
  for (let m = from; m <= to; m++) {
    s.revenue += monthly.revenue[m]!;
    s.newCustomers += monthly.newCustomers[m]!;
    s.marketingSpend += monthly.marketingSpend[m]!;
  }
  return s;
}

/**
 * The year to date, actual (the forecast's actual months) against plan: revenue and new customers
 * summed over the months, CAC = the months' marketingSpend / their newCustomers (null for none),
 * cash at the last actual month; difference = actual - plan, ratio = difference / |plan|.
 * Null without actuals.
 */
export function yearToDate(forecast: Forecast, plan: Projection): YearToDate | null {
  const to = forecast.lastActualMonth;
  if (to < 0) return null;
  const from = to - (to % 12);
  const a = sums(forecast.monthly, from, to);
  const p = sums(plan.monthly, from, to);
  const cac = (s: Sums) => (s.newCustomers > 0 ? s.marketingSpend / s.newCustomers : null);
  const cells: Record<YtdFigure, VarianceCell> = {
    revenue: varianceCell(a.revenue, p.revenue),
    newCustomers: varianceCell(a.newCustomers, p.newCustomers),
    cac: varianceCell(cac(a), cac(p)),
    cash: varianceCell(forecast.monthly.cash[to]!, plan.monthly.cash[to]!),
  };
  const rows = YTD_FIGURES.map((key): YtdRow => {
    const entry = monthlyEntry(key);
    const cell = cells[key];
    const good = cell.difference === null || cell.difference === 0 || entry.higherIsBetter === null ? null : (cell.difference > 0) === entry.higherIsBetter;
    return { key, label: entry.label, kind: entry.kind, ...cell, good };
  });
  return { from, to, rows };
}
