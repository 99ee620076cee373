import { fin } from './ratio';
import type { ActualMonth, ForecastSeries, Projection, ProjectionView, ScenarioValues } from './types';

// The forecast's actual months m <= L (MODEL.md, "Actuals and the forecast"): each figure is the
// actual where the entry gives it, else the plan's; the MRR bridge is null where not given; the
// P&L and cash follow from them; the KPIs are One month's formulas on these figures.

/** `x` if the entry gives it, else `fallback` (the plan's figure, or null for the MRR bridge). */
const given = <T,>(x: number | undefined, fallback: T): number | T => (x === undefined ? fallback : x);

/**
 * Writes months 0..L of the forecast `f` from the actuals and the plan: the funnel, churned
 * customers, customersByPlan, mrr, cogs and the overheads (actual, else the plan's); the MRR
 * bridge (actual, else null); customers = sum of customersByPlan; startMrr = last month's forecast
 * mrr (month 0: sum initialCustomers_i x first-year price_i); revenue = mrr; grossProfit; ebitda;
 * financing; cash (actual, else last month's forecast cash + ebitda + financing).
 */
export function fillActualMonths(values: ScenarioValues, actuals: readonly ActualMonth[], plan: Projection, f: ProjectionView, L: number): void {
  const s = f.monthly, p = plan.monthly;
  const P = values.plans.length;
  const ids = values.plans.map((x) => x.id);
  let lastMrr = 0;
  for (let i = 0; i < P; i++) lastMrr += values.plans[i]!.initialCustomers * values.plans[i]!.price[0]!;
  let lastCash = values.startingCash;
  for (let m = 0; m <= L; m++) {
    const a = actuals[m]!;
    const y = (m / 12) | 0;
    const byPlan = a.customersByPlan;
    let customers = 0;
    for (let i = 0; i < P; i++) {
      const c = byPlan ? byPlan[ids[i]!]! : plan.customersByPlan[i]![m]!;
      f.customersByPlan[i]![m] = c;
      f.mrrByPlan[i]![m] = c * values.plans[i]!.price[y]!;
      customers += c;
    }
    const spend = given(a.marketingSpend, p.marketingSpend[m]!);
    const mrr = given(a.mrr, p.mrr[m]!);
    const cogs = given(a.cogs, p.cogs[m]!);
    const overhead = given(a.salesMarketingOverhead, p.salesMarketingOverhead[m]!);
    const opex = given(a.operatingExpenses, p.operatingExpenses[m]!);
    const gross = mrr - cogs;
    const ebitda = gross - spend - overhead - opex;
    const financing = values.financing ? values.financing[m]! : 0;
    const cash = given(a.cash, lastCash + ebitda + financing);
    s.marketingSpend[m] = spend;
    s.visitors[m] = given(a.visitors, p.visitors[m]!);
    s.trials[m] = given(a.trials, p.trials[m]!);
    s.newCustomers[m] = given(a.newCustomers, p.newCustomers[m]!);
    s.churnedCustomers[m] = given(a.churnedCustomers, p.churnedCustomers[m]!);
    s.customers[m] = customers;
    s.mrr[m] = mrr;
    s.startMrr[m] = lastMrr;
    s.newMrr[m] = given(a.newMrr, null);
    s.expansionMrr[m] = given(a.expansionMrr, null);
    s.contractionMrr[m] = given(a.contractionMrr, null);
    s.churnedMrr[m] = given(a.churnedMrr, null);
    s.revenue[m] = mrr;
    s.cogs[m] = cogs;
    s.grossProfit[m] = gross;
    s.salesMarketingOverhead[m] = overhead;
    s.operatingExpenses[m] = opex;
    s.ebitda[m] = ebitda;
    s.financing[m] = financing;
    s.cash[m] = cash;
    lastMrr = mrr;
    lastCash = cash;
  }
}

const stored = (x: number): number | null => (x - x === 0 ? x : null);

/**
 * The monthly KPIs of One month on the forecast's figures of months 0..L: arpu, grossMargin, cac,
 * fullyLoadedCac, cacPaybackMonths, customerChurnRate (sum S_i = the forecast's customers at the
 * end of month m-1), ltv, ltvToCac, quickRatio (null where one of its terms is), netBurn and
 * runwayMonths. (nrr is forecast-nrr.ts's.)
 */
export function actualMonthKpis(s: ForecastSeries, initialCustomers: number, L: number): void {
  for (let m = 0; m <= L; m++) {
    const a = fin(s.mrr[m]! / s.customers[m]!);
    const gm = fin(s.grossProfit[m]! / s.revenue[m]!);
    const c = fin(s.marketingSpend[m]! / s.newCustomers[m]!);
    const unitMargin = a * gm;
    const churnRate = fin(s.churnedCustomers[m]! / (m === 0 ? initialCustomers : s.customers[m - 1]!));
    const l = fin(unitMargin / churnRate);
    s.arpu[m] = stored(a);
    s.grossMargin[m] = stored(gm);
    s.cac[m] = stored(c);
    s.fullyLoadedCac[m] = stored((s.marketingSpend[m]! + s.salesMarketingOverhead[m]!) / s.newCustomers[m]!);
    s.cacPaybackMonths[m] = unitMargin > 0 ? stored(c / unitMargin) : null;
    s.customerChurnRate[m] = stored(churnRate);
    s.ltv[m] = stored(l);
    s.ltvToCac[m] = stored(l / c);
    const added = s.newMrr[m], expansion = s.expansionMrr[m], churned = s.churnedMrr[m], contraction = s.contractionMrr[m];
    s.quickRatio[m] = added == null || expansion == null || churned == null || contraction == null ? null : stored((added + expansion) / (churned + contraction));
    const from = Math.max(0, m - 2);
    let sum = 0;
    for (let k = from; k <= m; k++) sum += s.ebitda[k]!;
    const burn = -sum / (m - from + 1);
    s.netBurn[m] = burn;
    const cash = s.cash[m]!;
    s.runwayMonths[m] = burn > 0 ? stored((cash > 0 ? cash : 0) / burn) : null;
  }
}
