import { ACTUAL_ENTRIES, ACTUAL_KEYS, CUSTOMERS_BY_PLAN } from '../../model/catalogue-actuals';
import type { ActualMonth, Plan } from '../../model/types';
import type { FigureKind } from '../../model/catalogue';
import { unitOf, type Unit } from '../../components/grid/units';

/** A column of the actuals grid: a figure the contract allows, customers one column per plan. */
export interface ActualColumn {
  /** The figure's key, or `customers_<planId>` (the CSV's column name). */
  key: string;
  label: string;
  short: string;
  kind: FigureKind;
  unit: Unit;
  higherIsBetter: boolean | null;
  /** The catalogue's unit words: "in the month", "at the end of the month". */
  period: string;
  explanation: string;
}

// Soft hyphens let the widest headers break, so all columns fit a 1280-pixel screen.
const NARROW: Partial<Record<string, string>> = { expansionMrr: 'Expan\u00adsion', contractionMrr: 'Contrac\u00adtion', salesMarketingOverhead: 'S&M over\u00adhead' };

/** The grid's columns in the catalogue's order, customersByPlan spread into one column per plan. */
export function actualColumns(plans: readonly Pick<Plan, 'id' | 'name'>[]): ActualColumn[] {
  return ACTUAL_KEYS.flatMap((key): ActualColumn[] => {
    const e = ACTUAL_ENTRIES[key];
    if (key !== 'customersByPlan') return [{ key, label: e.label, short: NARROW[key] ?? e.shortLabel, kind: e.kind, unit: unitOf(e.kind), higherIsBetter: e.higherIsBetter, period: e.unit, explanation: e.explanation }];
    return plans.map((p) => ({
      key: `customers_${p.id}`,
      label: `${p.name} customers`,
      short: `${p.name} cust.`,
      kind: CUSTOMERS_BY_PLAN.kind,
      unit: unitOf(CUSTOMERS_BY_PLAN.kind),
      higherIsBetter: CUSTOMERS_BY_PLAN.higherIsBetter,
      period: e.unit,
      explanation: `Paying customers of the ${p.name} plan at the end of the month.`,
    }));
  });
}

const GROUPS: [string, (key: string) => boolean][] = [
  ['Funnel', (k) => k === 'marketingSpend' || k === 'visitors' || k === 'trials'],
  ['Customers', (k) => k === 'newCustomers' || k === 'churnedCustomers' || k.startsWith('customers_')],
  ['MRR', (k) => /mrr$/i.test(k)],
  ['Costs', (k) => k === 'cogs' || k === 'salesMarketingOverhead' || k === 'operatingExpenses'],
  ['Cash, NRR', (k) => k === 'cash' || k === 'nrr'],
];

/** The columns in runs under a heading (the short labels "New", "Churned" repeat under Customers and MRR). */
export function columnGroups(cols: readonly ActualColumn[]): { label: string; span: number }[] {
  const out: { label: string; span: number }[] = [];
  for (const c of cols) {
    const label = GROUPS.find(([, has]) => has(c.key))?.[0] ?? '';
    const last = out[out.length - 1];
    if (last && last.label === label) last.span++;
    else out.push({ label, span: 1 });
  }
  return out;
}

/** One cell's value in an actual month, undefined where the month does not give it. */
export function actualValue(month: ActualMonth | undefined, key: string): number | undefined {
  if (!month) return undefined;
  if (key.startsWith('customers_')) return month.customersByPlan?.[key.slice('customers_'.length)];
  return (month as Record<string, unknown>)[key] as number | undefined;
}
