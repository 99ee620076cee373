import {
  MONTHLY_FLOWS,
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
  // r - r is 0 for a finite r and NaN for NaN or an infinity.
  return r - r === 0 ? r : null;
}

const FLOWS = MONTHLY_FLOWS.length;

// Scratch buffers reused across projections: the engine runs on every keystroke and in
// Monte Carlo loops, so it allocates little beyond what it returns.
let scratchPlans = -1;
let sS = new Float64Array(0);
let sC = new Float64Array(0);
/** Per year and plan (index y * P + i): price, mix, churn, upgrade, downgrade, stay. */
let sPrice = new Float64Array(0), sMix = new Float64Array(0), sChurn = new Float64Array(0);
let sUp = new Float64Array(0), sDown = new Float64Array(0), sStay = new Float64Array(0);
/** NRR: new customers carried through a year's movements, and price rows carried through them. */
let sPowers = new Float64Array(0);
let sPriceRows = new Float64Array(0);
let sTmp = new Float64Array(0);
/** Per year: the funnel and the cost drivers, read once instead of 60 times. */
const ySpend = new Float64Array(YEARS), yVisitors = new Float64Array(YEARS), yTrials = new Float64Array(YEARS);
const yNew = new Float64Array(YEARS), yCogsPct = new Float64Array(YEARS), yCogsPer = new Float64Array(YEARS);
const ySmo = new Float64Array(YEARS), yOpex = new Float64Array(YEARS);
function ensureScratch(P: number): void {
  if (P === scratchPlans) return;
  scratchPlans = P;
  sS = new Float64Array(P);
  sC = new Float64Array(P);
  sPrice = new Float64Array(YEARS * P); sMix = new Float64Array(YEARS * P); sChurn = new Float64Array(YEARS * P);
  sUp = new Float64Array(YEARS * P); sDown = new Float64Array(YEARS * P); sStay = new Float64Array(YEARS * P);
  sPowers = new Float64Array(11 * P);
  sPriceRows = new Float64Array(YEARS * 13 * P);
  sTmp = new Float64Array(P);
}

/**
 * Projects 60 months (MODEL.md, "One month"): funnel, plan movements, MRR bridge, P&L, cash and
 * the monthly KPIs, then the years and the summary.
 */
export function project(values: ScenarioValues): Projection {
  const { drivers, plans } = values;
  const P = plans.length;
  ensureScratch(P);
  // Local aliases of the module's scratch buffers let the compiler keep them in registers.
  const S = sS, C = sC, kPrice = sPrice, kMix = sMix, kChurn = sChurn, kUp = sUp, kDown = sDown, kStay = sStay;
  for (let y = 0; y < YEARS; y++) {
    ySpend[y] = drivers.marketingBudget[y]! / 12;
    yVisitors[y] = ySpend[y]! / drivers.visitorAcquisitionCost[y]!;
    yTrials[y] = yVisitors[y]! * drivers.visitorToTrial[y]!;
    yNew[y] = yTrials[y]! * drivers.trialToPaid[y]!;
    yCogsPct[y] = drivers.cogsPercent[y]!;
    yCogsPer[y] = drivers.cogsPerCustomer[y]!;
    ySmo[y] = drivers.salesMarketingOverhead[y]!;
    yOpex[y] = drivers.operatingExpenses[y]!;
    for (let i = 0; i < P; i++) {
      const plan = plans[i]!;
      const k = y * P + i;
      const up = i < P - 1 ? plan.upgrade[y]! : 0;
      const down = i > 0 ? plan.downgrade[y]! : 0;
      kPrice[k] = plan.price[y]!;
      kMix[k] = plan.mix[y]!;
      kChurn[k] = plan.churn[y]!;
      kUp[k] = up;
      kDown[k] = down;
      kStay[k] = 1 - plan.churn[y]! - up - down;
    }
  }

  // One allocation for every monthly flow and per-plan series: views share one buffer. The
  // object literal gives every projection the same shape, which keeps property reads fast.
  const buffer = new ArrayBuffer((FLOWS + 2 * P) * MONTHS * 8);
  let f = 0;
  const view = () => new Float64Array(buffer, (f++) * MONTHS * 8, MONTHS);
  // Every slot is written below; an unfilled array skips a pass and a double-to-object copy.
  const kpi = () => new Array<number | null>(MONTHS);
  const monthly: MonthlySeries = {
    marketingSpend: view(), visitors: view(), trials: view(), newCustomers: view(), churnedCustomers: view(),
    customers: view(), mrr: view(), startMrr: view(), newMrr: view(), expansionMrr: view(), contractionMrr: view(),
    churnedMrr: view(), revenue: view(), cogs: view(), grossProfit: view(), salesMarketingOverhead: view(),
    operatingExpenses: view(), ebitda: view(), cash: view(),
    arpu: kpi(), grossMargin: kpi(), cac: kpi(), fullyLoadedCac: kpi(), cacPaybackMonths: kpi(),
    customerChurnRate: kpi(), ltv: kpi(), ltvToCac: kpi(), quickRatio: kpi(), nrr: kpi(),
  };
  const customersByPlan: Float64Array[] = [];
  const mrrByPlan: Float64Array[] = [];
  for (let i = 0; i < P; i++) {
    customersByPlan.push(view());
    S[i] = plans[i]!.initialCustomers;
  }
  for (let i = 0; i < P; i++) mrrByPlan.push(view());
  const {
    marketingSpend: sSpend, visitors: sVisitors, trials: sTrials, newCustomers: sNew,
    churnedCustomers: sChurned, customers: sCustomers, mrr: sMrr, startMrr: sStartMrr,
    newMrr: sNewMrr, expansionMrr: sExp, contractionMrr: sContr, churnedMrr: sChurnedMrr,
    revenue: sRevenue, cogs: sCogs, grossProfit: sGross, salesMarketingOverhead: sSmo,
    operatingExpenses: sOpex, ebitda: sEbitda, cash: sCash,
  } = monthly;
  const { arpu, grossMargin, cac, fullyLoadedCac, cacPaybackMonths, customerChurnRate, ltv, ltvToCac, quickRatio } = monthly;

  let cash = values.startingCash;
  for (let m = 0; m < MONTHS; m++) {
    const y = (m / 12) | 0;
    const spend = ySpend[y]!;
    const visitors = yVisitors[y]!;
    const trials = yTrials[y]!;
    const newCustomers = yNew[y]!;
    const base = y * P;
    // q_i: last month's price (this year's in month 0).
    const qBase = m === 0 ? 0 : (((m - 1) / 12) | 0) * P;

    let startCustomers = 0, churnedCustomers = 0, customers = 0;
    let mrr = 0, startMrr = 0, newMrr = 0, churnedMrr = 0, expansion = 0, contraction = 0;
    for (let i = 0; i < P; i++) C[i] = 0;
    for (let i = 0; i < P; i++) {
      const s = S[i]!;
      const p = kPrice[base + i]!;
      const q = kPrice[qBase + i]!;
      const churned = s * kChurn[base + i]!;
      const up = s * kUp[base + i]!;
      const down = s * kDown[base + i]!;
      const added = newCustomers * kMix[base + i]!;
      C[i]! += s - churned - up - down + added;
      startCustomers += s;
      churnedCustomers += churned;
      startMrr += s * q;
      newMrr += added * p;
      churnedMrr += churned * q;
      const repricing = (s - churned) * (p - q);
      if (repricing > 0) expansion += repricing; else contraction -= repricing;
      if (up !== 0) {
        C[i + 1]! += up;
        const t = up * (kPrice[base + i + 1]! - p);
        if (t > 0) expansion += t; else contraction -= t;
      }
      if (down !== 0) {
        C[i - 1]! += down;
        const t = down * (kPrice[base + i - 1]! - p);
        if (t > 0) expansion += t; else contraction -= t;
      }
    }
    for (let i = 0; i < P; i++) {
      const c = C[i]!;
      const planMrr = c * kPrice[base + i]!;
      customersByPlan[i]![m] = c;
      mrrByPlan[i]![m] = planMrr;
      customers += c;
      mrr += planMrr;
      S[i] = c;
    }
    const revenue = mrr;
    const cogs = revenue * yCogsPct[y]! + customers * yCogsPer[y]!;
    const gross = revenue - cogs;
    const smo = ySmo[y]!;
    const opex = yOpex[y]!;
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
  computeNrr(values, P, customersByPlan, monthly.nrr);
  const years = summariseYears(values.startYear, monthly);
  return { startYear: values.startYear, planIds: plans.map((p) => p.id), monthly, customersByPlan, mrrByPlan, years, summary: summarise(monthly) };
}

/** x := M_y x, the movement of one month of year y without new customers (in place, via next). */
function moveMonth(x: Float64Array, next: Float64Array, base: number, P: number): void {
  const kStay = sStay, kUp = sUp, kDown = sDown;
  for (let i = 0; i < P; i++) {
    let v = kStay[base + i]! * x[i]!;
    if (i > 0) v += kUp[base + i - 1]! * x[i - 1]!;
    if (i < P - 1) v += kDown[base + i + 1]! * x[i + 1]!;
    next[i] = v;
  }
  for (let i = 0; i < P; i++) x[i] = next[i]!;
}

/**
 * NRR (MODEL.md): the customers at the end of month m-12 (the initial customers for m = 11),
 * moved through months m-11..m by churn, upgrade and downgrade only; their mrr at month m over
 * their mrr at month m-12.
 *
 * Movements are linear and fixed within a year. For m = 12Y + r the cohort spends 11-r months
 * in year Y-1 and r+1 in year Y, so its end mrr is (p_Y M_Y^(r+1)) . T_r with
 * T_r = M_(Y-1)^(11-r) S_(m-12). Because S grows by the year's new customers n each month,
 * T_r = T_(r-1) + M_(Y-1)^(11-r) n: one pass per year instead of replaying 49 cohorts.
 */
function computeNrr(values: ScenarioValues, P: number, customersByPlan: Float64Array[], out: (number | null)[]): void {
  const priceRows = sPriceRows, T = sTmp, next = sS, U = sPowers;
  const kPrice = sPrice, kUp = sUp, kDown = sDown, kStay = sStay, kMix = sMix;
  // priceRows[y][k] = p_y M_y^k for k = 0..12.
  for (let y = 0; y < YEARS; y++) {
    const base = y * P;
    const r0 = y * 13 * P;
    for (let i = 0; i < P; i++) priceRows[r0 + i] = kPrice[base + i]!;
    for (let k = 1; k <= 12; k++) {
      const prev = r0 + (k - 1) * P;
      const cur = r0 + k * P;
      for (let j = 0; j < P; j++) {
        let v = priceRows[prev + j]! * kStay[base + j]!;
        if (j < P - 1) v += priceRows[prev + j + 1]! * kUp[base + j]!;
        if (j > 0) v += priceRows[prev + j - 1]! * kDown[base + j]!;
        priceRows[cur + j] = v;
      }
    }
  }
  // m = 11: the initial customers through the whole first year.
  let start0 = 0, end0 = 0;
  for (let i = 0; i < P; i++) {
    const s = values.plans[i]!.initialCustomers;
    start0 += s * kPrice[i]!;
    end0 += s * priceRows[12 * P + i]!;
  }
  for (let m = 0; m < 11; m++) out[m] = null;
  out[11] = ratio(end0, start0);
  for (let Y = 1; Y < YEARS; Y++) {
    const prevBase = (Y - 1) * P;
    const first = 12 * (Y - 1);
    // U[j] = M_(Y-1)^j n for j = 0..10, n the year's new customers by plan.
    const added = yNew[Y - 1]!;
    for (let i = 0; i < P; i++) { U[i] = added * kMix[prevBase + i]!; T[i] = customersByPlan[i]![first]!; }
    for (let j = 1; j <= 10; j++) {
      for (let i = 0; i < P; i++) {
        let v = kStay[prevBase + i]! * U[(j - 1) * P + i]!;
        if (i > 0) v += kUp[prevBase + i - 1]! * U[(j - 1) * P + i - 1]!;
        if (i < P - 1) v += kDown[prevBase + i + 1]! * U[(j - 1) * P + i + 1]!;
        U[j * P + i] = v;
      }
    }
    for (let k = 0; k < 11; k++) moveMonth(T, next, prevBase, P);
    for (let r = 0; r < 12; r++) {
      if (r > 0) for (let i = 0; i < P; i++) T[i]! += U[(11 - r) * P + i]!;
      const from = first + r;
      const row = (Y * 13 + r + 1) * P;
      let startMrr = 0, endMrr = 0;
      for (let i = 0; i < P; i++) {
        startMrr += customersByPlan[i]![from]! * kPrice[prevBase + i]!;
        endMrr += priceRows[row + i]! * T[i]!;
      }
      out[12 * Y + r] = ratio(endMrr, startMrr);
    }
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
