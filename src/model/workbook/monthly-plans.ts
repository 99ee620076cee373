import type { MonthlyColumn, MonthlyContext } from './monthly-context';

// The plan movements of One month (MODEL.md), one column per plan and quantity: customers at the
// start of the month (S_i), churned_i, up_i, down_i, new_i, this year's price p_i, last month's
// price q_i, and the MRR movement terms. Each group is P adjacent columns, so sums are ranges.

export const PLAN_GROUPS = ['startCustomers', 'churned', 'upgraded', 'downgraded', 'new', 'price', 'lastPrice', 'repricingMrr', 'upgradeMrr', 'downgradeMrr'] as const;
export type PlanGroup = (typeof PLAN_GROUPS)[number] | 'customers';

/** The column key of a plan's quantity: `churned_pro`. */
export const planKey = (group: PlanGroup, id: string): string => `${group}_${id}`;

/** The first and last column keys of a group, for ranges. */
export function groupSpan(ctx: MonthlyContext, group: PlanGroup, m: number): string {
  const ids = ctx.planIds;
  return ctx.span(planKey(group, ids[0]!), planKey(group, ids[ids.length - 1]!), m);
}

/** The customers_<planId> columns (the monthly CSV's) and the helper columns, in sheet order. */
export function planColumns(ctx: MonthlyContext): { customers: MonthlyColumn[]; helpers: MonthlyColumn[] } {
  const { values, projection: p, assumptions: A, planIds } = ctx;
  const P = planIds.length;
  const plan = (i: number) => values.plans[i]!;
  const S = (i: number, m: number) => (m === 0 ? plan(i).initialCustomers : p.customersByPlan[i]![m - 1]!);
  const rate = (i: number, field: 'churn' | 'upgrade' | 'downgrade' | 'mix' | 'price', y: number) => plan(i)[field][y]!;
  const lastYear = (m: number) => (m === 0 ? 0 : ctx.yearOf(m - 1));
  const at = (group: PlanGroup, i: number, m: number) => ctx.at(planKey(group, planIds[i]!), m);
  const assumption = (field: string, i: number, y: number) => A.cell(`${field}_${planIds[i]}`, y);
  const hasUp = (i: number) => i < P - 1;
  const hasDown = (i: number) => i > 0;

  const churned = (i: number, m: number) => S(i, m) * rate(i, 'churn', ctx.yearOf(m));
  const up = (i: number, m: number) => (hasUp(i) ? S(i, m) * rate(i, 'upgrade', ctx.yearOf(m)) : 0);
  const down = (i: number, m: number) => (hasDown(i) ? S(i, m) * rate(i, 'downgrade', ctx.yearOf(m)) : 0);
  const price = (i: number, m: number) => rate(i, 'price', ctx.yearOf(m));
  const lastPrice = (i: number, m: number) => rate(i, 'price', lastYear(m));

  type Def = { formula(i: number, m: number): string | null; value(i: number, m: number): number | null };
  const defs: Record<PlanGroup, Def> = {
    startCustomers: {
      formula: (i, m) => (m === 0 ? A.initialCustomers(i) : at('customers', i, m - 1)),
      value: S,
    },
    churned: { formula: (i, m) => `${at('startCustomers', i, m)}*${assumption('churn', i, ctx.yearOf(m))}`, value: churned },
    // 0 on the top plan (upgrade) and the bottom plan (downgrade): left blank.
    upgraded: {
      formula: (i, m) => (hasUp(i) ? `${at('startCustomers', i, m)}*${assumption('upgrade', i, ctx.yearOf(m))}` : null),
      value: (i, m) => (hasUp(i) ? up(i, m) : null),
    },
    downgraded: {
      formula: (i, m) => (hasDown(i) ? `${at('startCustomers', i, m)}*${assumption('downgrade', i, ctx.yearOf(m))}` : null),
      value: (i, m) => (hasDown(i) ? down(i, m) : null),
    },
    new: {
      formula: (i, m) => `${ctx.at('newCustomers', m)}*${assumption('mix', i, ctx.yearOf(m))}`,
      value: (i, m) => p.monthly.newCustomers[m]! * rate(i, 'mix', ctx.yearOf(m)),
    },
    price: { formula: (i, m) => assumption('price', i, ctx.yearOf(m)), value: price },
    lastPrice: { formula: (i, m) => assumption('price', i, lastYear(m)), value: lastPrice },
    repricingMrr: {
      formula: (i, m) => `(${at('startCustomers', i, m)}-${at('churned', i, m)})*(${at('price', i, m)}-${at('lastPrice', i, m)})`,
      value: (i, m) => (S(i, m) - churned(i, m)) * (price(i, m) - lastPrice(i, m)),
    },
    upgradeMrr: {
      formula: (i, m) => (hasUp(i) ? `${at('upgraded', i, m)}*(${at('price', i + 1, m)}-${at('price', i, m)})` : null),
      value: (i, m) => (hasUp(i) ? up(i, m) * (price(i + 1, m) - price(i, m)) : null),
    },
    downgradeMrr: {
      formula: (i, m) => (hasDown(i) ? `${at('downgraded', i, m)}*(${at('price', i - 1, m)}-${at('price', i, m)})` : null),
      value: (i, m) => (hasDown(i) ? down(i, m) * (price(i - 1, m) - price(i, m)) : null),
    },
    // C_i = S_i - churned_i - up_i - down_i + up_(i-1) + down_(i+1) + new_i
    customers: {
      formula: (i, m) => {
        let f = `${at('startCustomers', i, m)}-${at('churned', i, m)}`;
        if (hasUp(i)) f += `-${at('upgraded', i, m)}`;
        if (hasDown(i)) f += `-${at('downgraded', i, m)}`;
        if (i > 0) f += `+${at('upgraded', i - 1, m)}`;
        if (i < P - 1) f += `+${at('downgraded', i + 1, m)}`;
        return `${f}+${at('new', i, m)}`;
      },
      value: (i, m) => p.customersByPlan[i]![m]!,
    },
  };
  const columns = (group: PlanGroup): MonthlyColumn[] => planIds.map((id, i) => ({
    key: planKey(group, id),
    formula: (m) => defs[group].formula(i, m),
    value: (m) => defs[group].value(i, m),
  }));
  return { customers: columns('customers'), helpers: PLAN_GROUPS.flatMap(columns) };
}
