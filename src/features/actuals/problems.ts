import type { Problem } from '../../model/types';
import type { ActualColumn } from './columns';

/**
 * The scenario's actuals problems for the grid: those on one figure of one month by `m:key`
 * (customersByPlan's on each plan column of the month), and the rest as lines (a gap in the months).
 */
export function actualProblems(problems: readonly Problem[], cols: readonly ActualColumn[]): { cells: Map<string, string>; general: string[] } {
  const cells = new Map<string, string>();
  const general: string[] = [];
  const add = (key: string, message: string) => cells.set(key, cells.has(key) ? `${cells.get(key)}; ${message}` : message);
  for (const p of problems) {
    if (p.path[0] !== 'actuals') continue;
    const [, m, figure, planId] = p.path;
    if (typeof m !== 'number' || typeof figure !== 'string' || figure === 'month') { general.push(`${p.place}: ${p.message}`); continue; }
    if (figure !== 'customersByPlan') {
      if (cols.some((c) => c.key === figure)) add(`${m}:${figure}`, p.message);
      else general.push(`${p.place}: ${p.message}`);
    } else if (typeof planId === 'string' && cols.some((c) => c.key === `customers_${planId}`)) add(`${m}:customers_${planId}`, p.message);
    else for (const c of cols.filter((col) => col.key.startsWith('customers_'))) add(`${m}:${c.key}`, p.message);
  }
  return { cells, general };
}
