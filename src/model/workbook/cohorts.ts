import type { Worksheet } from 'exceljs';
import { cellRef } from './a1';
import { monthRow, type MonthlyContext } from './monthly-context';
import { groupSpan, planKey } from './monthly-plans';
import { fitColumns, freezeAndPrintTitles, setFormula, writeHeader } from './sheet-style';
import { MONTHS } from '../types';

// Sheet "Cohorts": NRR's cohort replay (MODEL.md, nrr). Column block a (age 0..11) of month m
// holds the customers, by plan, who were customers at the end of month m-a-1, moved through
// months m-a..m by churn, upgrade and downgrade only. Age 11 of month m is NRR's cohort: the
// customers at the end of month m-12 (the initial customers when m = 11) moved to month m.

const AGES = 12;

/** Columns (1-based) of a plan at an age, of the cohort's mrr and of the mrr it is compared with. */
export function cohortColumns(P: number): { at: (age: number, i: number) => number; cohortMrr: number; baseMrr: number } {
  return { at: (age, i) => 2 + age * P + i, cohortMrr: 2 + AGES * P, baseMrr: 3 + AGES * P };
}

/** Fills the Cohorts sheet. */
export function writeCohorts(sheet: Worksheet, ctx: MonthlyContext): void {
  const { planIds, values, assumptions: A } = ctx;
  const P = planIds.length;
  const { at, cohortMrr, baseMrr } = cohortColumns(P);
  const names = ['month'];
  for (let age = 0; age < AGES; age++) for (const id of planIds) names.push(`age${age}_${id}`);
  names.push('cohortMrr', 'baseMrr');
  writeHeader(sheet, 1, names);

  const monthly = (key: string, m: number) => `${ctx.sheet}!${ctx.at(key, m)}`;
  const rate = (field: 'churn' | 'upgrade' | 'downgrade', i: number, m: number) => A.cell(`${field}_${planIds[i]}`, ctx.yearOf(m));
  const value = (field: 'churn' | 'upgrade' | 'downgrade', i: number, m: number) => {
    if ((field === 'upgrade' && i === P - 1) || (field === 'downgrade' && i === 0)) return 0;
    return values.plans[i]![field][ctx.yearOf(m)]!;
  };
  const replay = (i: number, age: number, month: number): string => {
    const x = (j: number) => cellRef(monthRow(month) - 1, at(age - 1, j));
    const stay = [`${rate('churn', i, month)}`];
    if (i < P - 1) stay.push(rate('upgrade', i, month));
    if (i > 0) stay.push(rate('downgrade', i, month));
    let f = `${x(i)}*(1-${stay.join('-')})`;
    if (i > 0) f += `+${x(i - 1)}*${rate('upgrade', i - 1, month)}`;
    if (i < P - 1) f += `+${x(i + 1)}*${rate('downgrade', i + 1, month)}`;
    return f;
  };
  // X[age][i] of the previous month, for the cached results.
  let previous: number[][] = [];
  for (let m = 0; m < MONTHS; m++) {
    const row = monthRow(m);
    sheet.getCell(row, 1).value = m;
    const current: number[][] = [];
    for (let age = 0; age <= Math.min(m, AGES - 1); age++) {
      // Age 0: this month's own movement of the customers at its start (S_i): C_i without new_i.
      const from = age === 0 ? null : previous[age - 1]!;
      const start = (i: number) => (from ? from[i]! : startCustomers(ctx, i, m));
      const moved: number[] = [];
      for (let i = 0; i < P; i++) {
        let v = start(i) * (1 - value('churn', i, m) - value('upgrade', i, m) - value('downgrade', i, m));
        if (i > 0) v += start(i - 1) * value('upgrade', i - 1, m);
        if (i < P - 1) v += start(i + 1) * value('downgrade', i + 1, m);
        moved.push(v);
        setFormula(sheet, row, at(age, i), age === 0 ? ownMovement(ctx, i, m) : replay(i, age, m), v);
      }
      current.push(moved);
    }
    previous = current;

    if (m >= AGES - 1) {
      const ages = `${cellRef(row, at(AGES - 1, 0))}:${cellRef(row, at(AGES - 1, P - 1))}`;
      const end = current[AGES - 1]!.reduce((sum, x, i) => sum + x * values.plans[i]!.price[ctx.yearOf(m)]!, 0);
      setFormula(sheet, row, cohortMrr, `SUMPRODUCT(${ages},${ctx.sheet}!${groupSpan(ctx, 'price', m)})`, end);
      // The cohort's mrr at month m-12: its customers at that month's prices (the plan's mrr; a
      // forecast's actual mrr may differ); for m = 11, the initial customers at the first year's
      // prices, which is month 0's starting mrr.
      const base = m === AGES - 1 ? ctx.projection.monthly.startMrr[0]! : baseValue(ctx, m - 12);
      setFormula(sheet, row, baseMrr, m === AGES - 1 ? monthly('startMrr', 0)
        : `SUMPRODUCT(${ctx.sheet}!${groupSpan(ctx, 'customers', m - 12)},${ctx.sheet}!${groupSpan(ctx, 'price', m - 12)})`, base);
    }
  }
  fitColumns(sheet, names, 1, 10);
  freezeAndPrintTitles(sheet, 1, 1);
}

function baseValue(ctx: MonthlyContext, m: number): number {
  return ctx.values.plans.reduce((sum, plan, i) => sum + ctx.projection.customersByPlan[i]![m]! * plan.price[ctx.yearOf(m)]!, 0);
}

function startCustomers(ctx: MonthlyContext, i: number, m: number): number {
  return m === 0 ? ctx.values.plans[i]!.initialCustomers : ctx.projection.customersByPlan[i]![m - 1]!;
}

/** Age 0: S_i - churned_i - up_i - down_i + up_(i-1) + down_(i+1), from the Monthly columns. */
function ownMovement(ctx: MonthlyContext, i: number, m: number): string {
  const P = ctx.planIds.length;
  const cell = (group: 'startCustomers' | 'churned' | 'upgraded' | 'downgraded', j: number) => `${ctx.sheet}!${ctx.at(planKey(group, ctx.planIds[j]!), m)}`;
  let f = `${cell('startCustomers', i)}-${cell('churned', i)}`;
  if (i < P - 1) f += `-${cell('upgraded', i)}`;
  if (i > 0) f += `-${cell('downgraded', i)}`;
  if (i > 0) f += `+${cell('upgraded', i - 1)}`;
  if (i < P - 1) f += `+${cell('downgraded', i + 1)}`;
  return f;
}
