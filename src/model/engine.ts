import {
  MONTHLY_FLOWS,
  MONTHLY_KPIS,
  MONTHS,
  YEARS,
  type MonthlySeries,
  type Projection,
  type ScenarioValues,
  type Summary,
  type YearFigures,
} from './types';

/** `a / b`, or `null` where the denominator is 0 or the result is not finite (MODEL.md: never NaN). */
export function ratio(a: number, b: number): number | null {
  if (b === 0) return null;
  const r = a / b;
  return Number.isFinite(r) ? r : null;
}

function emptySeries(): MonthlySeries {
  const series = {} as Record<string, Float64Array | (number | null)[]>;
  for (const key of MONTHLY_FLOWS) series[key] = new Float64Array(MONTHS);
  for (const key of MONTHLY_KPIS) series[key] = new Array<number | null>(MONTHS).fill(null);
  return series as MonthlySeries;
}

// Scratch buffers reused across projections: the engine runs on every keystroke and in
// Monte Carlo loops, so it allocates only what it returns.
let scratchSize = 0;
let S = new Float64Array(0);
let C = new Float64Array(0);
let cohort = new Float64Array(0);
let cohortNext = new Float64Array(0);
function ensureScratch(plans: number): void {
  if (plans <= scratchSize) return;
  scratchSize = plans;
  S = new Float64Array(plans);
  C = new Float64Array(plans);
  cohort = new Float64Array(plans);
  cohortNext = new Float64Array(plans);
}

/**
 * Projects 60 months (MODEL.md, "One month"): funnel, plan movements, MRR bridge, P&L, cash and
 * the monthly KPIs, then the years and the summary.
 */
export function project(values: ScenarioValues): Projection {
  const { drivers, plans } = values;
  const P = plans.length;
  ensureScratch(P);
  const series = emptySeries();
  const customersByPlan: Float64Array[] = [];
  const mrrByPlan: Float64Array[] = [];
  for (let i = 0; i < P; i++) {
    customersByPlan.push(new Float64Array(MONTHS));
    mrrByPlan.push(new Float64Array(MONTHS));
    S[i] = plans[i]!.initialCustomers;
  }
  const {
    marketingSpend: sSpend, visitors: sVisitors, trials: sTrials, newCustomers: sNew,
    churnedCustomers: sChurned, customers: sCustomers, mrr: sMrr, startMrr: sStartMrr,
    newMrr: sNewMrr, expansionMrr: sExp, contractionMrr: sContr, churnedMrr: sChurnedMrr,
    revenue: sRevenue, cogs: sCogs, grossProfit: sGross, salesMarketingOverhead: sSmo,
    operatingExpenses: sOpex, ebitda: sEbitda, cash: sCash,
  } = series;
  const { arpu, grossMargin, cac, fullyLoadedCac, cacPaybackMonths, customerChurnRate, ltv, ltvToCac, quickRatio, nrr } = series;

  let cash = values.startingCash;
  for (let m = 0; m < MONTHS; m++) {
    const y = (m / 12) | 0;
    const spend = drivers.marketingBudget[y]! / 12;
    const visitors = spend / drivers.visitorAcquisitionCost[y]!;
    const trials = visitors * drivers.visitorToTrial[y]!;
    const newCustomers = trials * drivers.trialToPaid[y]!;
    const qYear = m === 0 ? 0 : ((m - 1) / 12) | 0;

    let startCustomers = 0, churnedCustomers = 0, customers = 0;
    let mrr = 0, startMrr = 0, newMrr = 0, churnedMrr = 0, expansion = 0, contraction = 0;
    for (let i = 0; i < P; i++) C[i] = 0;
    for (let i = 0; i < P; i++) {
      const plan = plans[i]!;
      const s = S[i]!;
      const p = plan.price[y]!;
      const q = plan.price[qYear]!;
      const churned = s * plan.churn[y]!;
      const up = i < P - 1 ? s * plan.upgrade[y]! : 0;
      const down = i > 0 ? s * plan.downgrade[y]! : 0;
      const added = newCustomers * plan.mix[y]!;
      C[i]! += s - churned - up - down + added;
      if (up !== 0) C[i + 1]! += up;
      if (down !== 0) C[i - 1]! += down;
      startCustomers += s;
      churnedCustomers += churned;
      startMrr += s * q;
      newMrr += added * p;
      churnedMrr += churned * q;
      const repricing = (s - churned) * (p - q);
      if (repricing > 0) expansion += repricing; else contraction -= repricing;
      if (up !== 0) {
        const t = up * (plans[i + 1]!.price[y]! - p);
        if (t > 0) expansion += t; else contraction -= t;
      }
      if (down !== 0) {
        const t = down * (plans[i - 1]!.price[y]! - p);
        if (t > 0) expansion += t; else contraction -= t;
      }
    }
    for (let i = 0; i < P; i++) {
      const c = C[i]!;
      const planMrr = c * plans[i]!.price[y]!;
      customersByPlan[i]![m] = c;
      mrrByPlan[i]![m] = planMrr;
      customers += c;
      mrr += planMrr;
      S[i] = c;
    }
    const revenue = mrr;
    const cogs = revenue * drivers.cogsPercent[y]! + customers * drivers.cogsPerCustomer[y]!;
    const gross = revenue - cogs;
    const smo = drivers.salesMarketingOverhead[y]!;
    const opex = drivers.operatingExpenses[y]!;
    const ebitda = gross - spend - smo - opex;
    cash += ebitda;

    sSpend[m] = spend; sVisitors[m] = visitors; sTrials[m] = trials; sNew[m] = newCustomers;
    sChurned[m] = churnedCustomers; sCustomers[m] = customers; sMrr[m] = mrr; sStartMrr[m] = startMrr;
    sNewMrr[m] = newMrr; sExp[m] = expansion; sContr[m] = contraction; sChurnedMrr[m] = churnedMrr;
    sRevenue[m] = revenue; sCogs[m] = cogs; sGross[m] = gross; sSmo[m] = smo; sOpex[m] = opex;
    sEbitda[m] = ebitda; sCash[m] = cash;

    const a = ratio(mrr, customers);
    const gm = ratio(gross, revenue);
    const c = ratio(spend, newCustomers);
    const unitMargin = a !== null && gm !== null ? a * gm : 0;
    const churnRate = ratio(churnedCustomers, startCustomers);
    const l = a !== null && gm !== null && churnRate !== null ? ratio(a * gm, churnRate) : null;
    arpu[m] = a;
    grossMargin[m] = gm;
    cac[m] = c;
    fullyLoadedCac[m] = ratio(spend + smo, newCustomers);
    cacPaybackMonths[m] = c !== null && unitMargin > 0 ? ratio(c, unitMargin) : null;
    customerChurnRate[m] = churnRate;
    ltv[m] = l;
    ltvToCac[m] = l !== null && c !== null ? ratio(l, c) : null;
    quickRatio[m] = ratio(newMrr + expansion, churnedMrr + contraction);
  }
  computeNrr(values, customersByPlan, nrr);
  const years = summariseYears(values.startYear, series);
  return { startYear: values.startYear, planIds: plans.map((p) => p.id), monthly: series, customersByPlan, mrrByPlan, years, summary: summarise(series) };
}

/**
 * NRR (MODEL.md): the customers at the end of month m-12 (the initial customers for m = 11),
 * moved through months m-11..m by churn, upgrade and downgrade only; their mrr at month m over
 * their mrr at month m-12.
 */
function computeNrr(values: ScenarioValues, customersByPlan: Float64Array[], out: (number | null)[]): void {
  const { plans } = values;
  const P = plans.length;
  for (let m = 11; m < MONTHS; m++) {
    const from = m - 12;
    const fromYear = from < 0 ? 0 : (from / 12) | 0;
    let startMrr = 0;
    for (let i = 0; i < P; i++) {
      const s = from < 0 ? plans[i]!.initialCustomers : customersByPlan[i]![from]!;
      cohort[i] = s;
      startMrr += s * plans[i]!.price[fromYear]!;
    }
    for (let k = from + 1; k <= m; k++) {
      const y = (k / 12) | 0;
      for (let i = 0; i < P; i++) cohortNext[i] = 0;
      for (let i = 0; i < P; i++) {
        const plan = plans[i]!;
        const s = cohort[i]!;
        const up = i < P - 1 ? s * plan.upgrade[y]! : 0;
        const down = i > 0 ? s * plan.downgrade[y]! : 0;
        cohortNext[i]! += s - s * plan.churn[y]! - up - down;
        if (up !== 0) cohortNext[i + 1]! += up;
        if (down !== 0) cohortNext[i - 1]! += down;
      }
      for (let i = 0; i < P; i++) cohort[i] = cohortNext[i]!;
    }
    const y = (m / 12) | 0;
    let endMrr = 0;
    for (let i = 0; i < P; i++) endMrr += cohort[i]! * plans[i]!.price[y]!;
    out[m] = ratio(endMrr, startMrr);
  }
}

/** One year (MODEL.md, "One year"): sums over its months, ratios of those sums, December's stocks. */
function summariseYears(startYear: number, s: MonthlySeries): YearFigures[] {
  const years: YearFigures[] = [];
  for (let y = 0; y < YEARS; y++) {
    let revenue = 0, cogs = 0, grossProfit = 0, marketingSpend = 0, salesMarketingOverhead = 0;
    let operatingExpenses = 0, ebitda = 0, visitors = 0, trials = 0, newCustomers = 0, customerMonths = 0;
    for (let m = y * 12; m < y * 12 + 12; m++) {
      revenue += s.revenue[m]!;
      cogs += s.cogs[m]!;
      grossProfit += s.grossProfit[m]!;
      marketingSpend += s.marketingSpend[m]!;
      salesMarketingOverhead += s.salesMarketingOverhead[m]!;
      operatingExpenses += s.operatingExpenses[m]!;
      ebitda += s.ebitda[m]!;
      visitors += s.visitors[m]!;
      trials += s.trials[m]!;
      newCustomers += s.newCustomers[m]!;
      customerMonths += s.customers[m]!;
    }
    const dec = y * 12 + 11;
    const gm = ratio(grossProfit, revenue);
    const c = ratio(marketingSpend, newCustomers);
    const a = ratio(revenue, customerMonths);
    const unitMargin = a !== null && gm !== null ? a * gm : 0;
    years.push({
      year: startYear + y,
      revenue, cogs, grossProfit, marketingSpend, salesMarketingOverhead, operatingExpenses, ebitda,
      visitors, trials, newCustomers,
      grossMargin: gm,
      cac: c,
      fullyLoadedCac: ratio(marketingSpend + salesMarketingOverhead, newCustomers),
      arpu: a,
      cacPaybackMonths: c !== null && unitMargin > 0 ? ratio(c, unitMargin) : null,
      nrr: s.nrr[dec]!,
      endingMrr: s.mrr[dec]!,
      arr: 12 * s.mrr[dec]!,
      endingCustomers: s.customers[dec]!,
      endingCash: s.cash[dec]!,
      ltv: s.ltv[dec]!,
      ltvToCac: s.ltvToCac[dec]!,
    });
  }
  return years;
}

/** The whole projection (MODEL.md): break-even month, lowest cash and its month, cash-out month. */
function summarise(s: MonthlySeries): Summary {
  let breakEvenMonth: number | null = null;
  for (let m = MONTHS - 1; m >= 0 && s.ebitda[m]! >= 0; m--) breakEvenMonth = m;
  let lowestCash = s.cash[0]!;
  let lowestCashMonth = 0;
  let cashOutMonth: number | null = null;
  for (let m = 0; m < MONTHS; m++) {
    const c = s.cash[m]!;
    if (c < lowestCash) { lowestCash = c; lowestCashMonth = m; }
    if (cashOutMonth === null && c < 0) cashOutMonth = m;
  }
  return { breakEvenMonth, lowestCash, lowestCashMonth, cashOutMonth };
}
