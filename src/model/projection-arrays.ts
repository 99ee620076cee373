import { MONTHS, type MonthlyFlow, type MonthlySeries, type Projection, type Summary } from './types';

/**
 * A projection's arrays for P plans: empty (every value is then written by the engine), or copies
 * of `from`'s, which share no array with it (its year objects are shared: they are never written
 * in place).
 */
export function freshProjection(P: number, from?: Projection): Projection {
  // Plain arrays: V8 keeps their doubles unboxed and allocates them faster than typed arrays
  // (whose backing store lives outside the JavaScript heap). One object literal gives every
  // projection the same shape, which keeps property reads fast.
  const f = from?.monthly;
  const flow = (k: MonthlyFlow) => (f ? f[k].slice() : new Array<number>(MONTHS));
  const monthly: MonthlySeries = {
    marketingSpend: flow('marketingSpend'), visitors: flow('visitors'), trials: flow('trials'),
    newCustomers: flow('newCustomers'), churnedCustomers: flow('churnedCustomers'), customers: flow('customers'),
    mrr: flow('mrr'), startMrr: flow('startMrr'), newMrr: flow('newMrr'), expansionMrr: flow('expansionMrr'),
    contractionMrr: flow('contractionMrr'), churnedMrr: flow('churnedMrr'), revenue: flow('revenue'), cogs: flow('cogs'),
    grossProfit: flow('grossProfit'), salesMarketingOverhead: flow('salesMarketingOverhead'),
    operatingExpenses: flow('operatingExpenses'), ebitda: flow('ebitda'), financing: flow('financing'), cash: flow('cash'),
    // One `new Array` per KPI series, not one shared helper: V8 gives the arrays of an allocation
    // site the element kind they ended up with, so with one site every series would hold boxed
    // values as soon as one of them holds a null.
    arpu: f ? f.arpu.slice() : new Array<number | null>(MONTHS),
    grossMargin: f ? f.grossMargin.slice() : new Array<number | null>(MONTHS),
    cac: f ? f.cac.slice() : new Array<number | null>(MONTHS),
    fullyLoadedCac: f ? f.fullyLoadedCac.slice() : new Array<number | null>(MONTHS),
    cacPaybackMonths: f ? f.cacPaybackMonths.slice() : new Array<number | null>(MONTHS),
    customerChurnRate: f ? f.customerChurnRate.slice() : new Array<number | null>(MONTHS),
    ltv: f ? f.ltv.slice() : new Array<number | null>(MONTHS),
    ltvToCac: f ? f.ltvToCac.slice() : new Array<number | null>(MONTHS),
    quickRatio: f ? f.quickRatio.slice() : new Array<number | null>(MONTHS),
    nrr: f ? f.nrr.slice() : new Array<number | null>(MONTHS),
    netBurn: f ? f.netBurn.slice() : new Array<number | null>(MONTHS),
    runwayMonths: f ? f.runwayMonths.slice() : new Array<number | null>(MONTHS),
  };
  const customersByPlan: number[][] = [];
  const mrrByPlan: number[][] = [];
  for (let i = 0; i < P; i++) {
    customersByPlan.push(from ? from.customersByPlan[i]!.slice() : new Array<number>(MONTHS));
    mrrByPlan.push(from ? from.mrrByPlan[i]!.slice() : new Array<number>(MONTHS));
  }
  const summary: Summary = { breakEvenMonth: null, lowestCash: 0, lowestCashMonth: 0, cashOutMonth: null };
  return { startYear: 0, planIds: new Array<string>(P), monthly, customersByPlan, mrrByPlan, years: from ? from.years.slice() : [], summary };
}

/** A copy of a projection that shares no array with it, for project()'s `into` with `fromYear`. */
export function copyProjection(p: Projection): Projection {
  return freshProjection(p.customersByPlan.length, p);
}
