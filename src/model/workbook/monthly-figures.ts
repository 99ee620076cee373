import { sheetRef } from './a1';
import { cohortColumns } from './cohorts';
import { engineSeries, monthRow, type MonthlyColumn, type MonthlyContext } from './monthly-context';
import { groupSpan } from './monthly-plans';

// Every monthly figure of MODEL.md ("One month", "Monthly KPIs") as an Excel formula over the
// Assumptions sheet, the plan columns and the rows above. An undefined figure is "" (IF), never
// an error value; the cached result is the engine's figure.

type Formula = (m: number) => string;
/** Running helpers for the Summary sheet: the last month with negative EBITDA, the first with negative cash. */
export const SUMMARY_HELPER_KEYS = ['lastLossMonth', 'cashOutMonth'] as const;

/** The formulas of the monthly figures, by MODEL.md key. */
function formulas(ctx: MonthlyContext): Record<string, Formula> {
  const { assumptions: A } = ctx;
  const at = ctx.at;
  const d = (key: string, m: number) => A.cell(key, ctx.yearOf(m));
  const blankIf = (condition: string, value: string) => `IF(${condition},"",${value})`;
  const anyBlank = (m: number, ...keys: string[]) => `OR(${keys.map((k) => `${at(k, m)}=""`).join(',')})`;
  const cohort = (col: number, m: number) => sheetRef(ctx.cohorts, monthRow(m), col);
  const P = ctx.planIds.length;
  const { cohortMrr, baseMrr } = cohortColumns(P);
  return {
    marketingSpend: (m) => `${d('marketingBudget', m)}/12`,
    visitors: (m) => `${at('marketingSpend', m)}/${d('visitorAcquisitionCost', m)}`,
    trials: (m) => `${at('visitors', m)}*${d('visitorToTrial', m)}`,
    newCustomers: (m) => `${at('trials', m)}*${d('trialToPaid', m)}`,
    churnedCustomers: (m) => `SUM(${groupSpan(ctx, 'churned', m)})`,
    customers: (m) => `SUM(${groupSpan(ctx, 'customers', m)})`,
    mrr: (m) => `SUMPRODUCT(${groupSpan(ctx, 'customers', m)},${groupSpan(ctx, 'price', m)})`,
    startMrr: (m) => `SUMPRODUCT(${groupSpan(ctx, 'startCustomers', m)},${groupSpan(ctx, 'lastPrice', m)})`,
    newMrr: (m) => `SUMPRODUCT(${groupSpan(ctx, 'new', m)},${groupSpan(ctx, 'price', m)})`,
    // The movement terms are 3P adjacent columns: repricing, upgrade, downgrade.
    expansionMrr: (m) => `SUMIF(${movementSpan(ctx, m)},">0")`,
    contractionMrr: (m) => `-SUMIF(${movementSpan(ctx, m)},"<0")`,
    churnedMrr: (m) => `SUMPRODUCT(${groupSpan(ctx, 'churned', m)},${groupSpan(ctx, 'lastPrice', m)})`,
    revenue: (m) => at('mrr', m),
    cogs: (m) => `${at('revenue', m)}*${d('cogsPercent', m)}+${at('customers', m)}*${d('cogsPerCustomer', m)}`,
    grossProfit: (m) => `${at('revenue', m)}-${at('cogs', m)}`,
    salesMarketingOverhead: (m) => d('salesMarketingOverhead', m),
    operatingExpenses: (m) => d('operatingExpenses', m),
    ebitda: (m) => `${at('grossProfit', m)}-${at('marketingSpend', m)}-${at('salesMarketingOverhead', m)}-${at('operatingExpenses', m)}`,
    financing: (m) => `SUMIF(${A.fundingMonths},${at('month', m)},${A.fundingAmounts})`,
    cash: (m) => `${m === 0 ? A.startingCash : at('cash', m - 1)}+${at('ebitda', m)}+${at('financing', m)}`,
    arpu: (m) => blankIf(`${at('customers', m)}=0`, `${at('mrr', m)}/${at('customers', m)}`),
    grossMargin: (m) => blankIf(`${at('revenue', m)}=0`, `${at('grossProfit', m)}/${at('revenue', m)}`),
    cac: (m) => blankIf(`${at('newCustomers', m)}=0`, `${at('marketingSpend', m)}/${at('newCustomers', m)}`),
    fullyLoadedCac: (m) => blankIf(`${at('newCustomers', m)}=0`, `(${at('marketingSpend', m)}+${at('salesMarketingOverhead', m)})/${at('newCustomers', m)}`),
    cacPaybackMonths: (m) => blankIf(anyBlank(m, 'arpu', 'grossMargin', 'cac'),
      blankIf(`${at('arpu', m)}*${at('grossMargin', m)}<=0`, `${at('cac', m)}/(${at('arpu', m)}*${at('grossMargin', m)})`)),
    customerChurnRate: (m) => blankIf(`SUM(${groupSpan(ctx, 'startCustomers', m)})=0`, `${at('churnedCustomers', m)}/SUM(${groupSpan(ctx, 'startCustomers', m)})`),
    ltv: (m) => blankIf(anyBlank(m, 'arpu', 'grossMargin', 'customerChurnRate'),
      blankIf(`${at('customerChurnRate', m)}=0`, `${at('arpu', m)}*${at('grossMargin', m)}/${at('customerChurnRate', m)}`)),
    ltvToCac: (m) => blankIf(anyBlank(m, 'ltv', 'cac'), blankIf(`${at('cac', m)}=0`, `${at('ltv', m)}/${at('cac', m)}`)),
    quickRatio: (m) => blankIf(`${at('churnedMrr', m)}+${at('contractionMrr', m)}=0`,
      `(${at('newMrr', m)}+${at('expansionMrr', m)})/(${at('churnedMrr', m)}+${at('contractionMrr', m)})`),
    // The cohort replay lives on the Cohorts sheet (MODEL.md's nrr: from month 11 on).
    nrr: (m) => (m < 11 ? '""' : blankIf(`${cohort(baseMrr, m)}=0`, `${cohort(cohortMrr, m)}/${cohort(baseMrr, m)}`)),
    netBurn: (m) => `-AVERAGE(${ctx.at('ebitda', Math.max(0, m - 2))}:${ctx.at('ebitda', m)})`,
    runwayMonths: (m) => blankIf(`${at('netBurn', m)}<=0`, `MAX(${at('cash', m)},0)/${at('netBurn', m)}`),
    lastLossMonth: (m) => `IF(${at('ebitda', m)}<0,${at('month', m)},${m === 0 ? -1 : at('lastLossMonth', m - 1)})`,
    cashOutMonth: (m) => (m === 0 ? `IF(${at('cash', m)}<0,0,"")` : `IF(${at('cashOutMonth', m - 1)}<>"",${at('cashOutMonth', m - 1)},IF(${at('cash', m)}<0,${at('month', m)},""))`),
  };
}

function movementSpan(ctx: MonthlyContext, m: number): string {
  const ids = ctx.planIds;
  return ctx.span(`repricingMrr_${ids[0]}`, `downgradeMrr_${ids[ids.length - 1]}`, m);
}

/** The figure columns: each MODEL.md key with its formula and the engine's result. */
export function figureColumns(ctx: MonthlyContext, keys: readonly string[]): MonthlyColumn[] {
  const all = formulas(ctx);
  const running = runningHelpers(ctx);
  return keys.map((key) => {
    const formula = all[key];
    if (!formula) throw new Error(`the workbook has no formula for the monthly figure ${key}`);
    const series = engineSeries(ctx.projection, key) ?? running[key];
    if (!series) throw new Error(`no result for the monthly figure ${key}`);
    return { key, formula, value: (m) => series[m] ?? '' };
  });
}

/** The Summary's running helpers: the last month so far with negative EBITDA (-1 if none), the first with negative cash. */
function runningHelpers(ctx: MonthlyContext): Record<string, (number | null)[]> {
  const { ebitda, cash } = ctx.projection.monthly;
  const lastLossMonth: number[] = [];
  const cashOutMonth: (number | null)[] = [];
  ebitda.forEach((e, m) => {
    lastLossMonth.push(e < 0 ? m : m === 0 ? -1 : lastLossMonth[m - 1]!);
    cashOutMonth.push(m > 0 && cashOutMonth[m - 1] !== null ? cashOutMonth[m - 1]! : cash[m]! < 0 ? m : null);
  });
  return { lastLossMonth, cashOutMonth };
}
