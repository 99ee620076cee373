import {
  MONTHS as MONTHS_IN_MODEL,
  YEARS as YEARS_IN_MODEL,
  type MonthlyFlow,
  type MonthlySeries,
  type Projection,
  type ScenarioValues,
  type Summary,
  type YearFigures,
} from './types';

// Local copies: an imported binding costs a load and a check on every loop turn (a getter call
// under test runners that rewrite imports), and these loops read them thousands of times.
const MONTHS = MONTHS_IN_MODEL as 60;
const YEARS = YEARS_IN_MODEL as 5;

/** What a caller needs of a projection (see project()). */
export interface ProjectOptions {
  /**
   * The first year whose inputs differ from those `into` was projected from (0..5): the months
   * before it are kept as they are, the rest computed. Requires `into`; 0 computes everything.
   */
  fromYear?: number;
  /**
   * 'december' computes the monthly KPIs of each December only (all that the annual figures
   * need) and leaves the other months' KPIs unwritten: for Monte Carlo, whose runs read annual
   * figures and flows, never a monthly KPI series.
   */
  monthlyKpis?: 'all' | 'december';
}

/** `a / b`, or `null` where the denominator is 0 or the result is not finite (MODEL.md: never NaN). */
export function ratio(a: number, b: number): number | null {
  if (b === 0) return null;
  const r = a / b;
  // r - r is 0 for a finite r and NaN for NaN or an infinity.
  return r - r === 0 ? r : null;
}


/** x if finite, else NaN (which then stands for a figure that is not defined). */
function fin(x: number): number {
  return x - x === 0 ? x : NaN;
}

// Scratch buffers reused across projections: the engine runs on every keystroke and in
// Monte Carlo loops, so it allocates little beyond what it returns.
/** n doubles in a plain array: typed arrays cost more per access in browsers (V8's sandbox). */
function doubles(n: number): number[] {
  return new Array<number>(n).fill(0.5);
}
let scratchPlans = -1;
let sS = doubles(0);
let sC = doubles(0);
/** Per year and plan (index y * P + i): price, mix, churn, upgrade, downgrade, stay. */
let sPrice = doubles(0), sMix = doubles(0), sChurn = doubles(0);
let sUp = doubles(0), sDown = doubles(0), sStay = doubles(0);
/** NRR: new customers carried through a year's movements, and price rows carried through them. */
let sPowers = doubles(0);
let sPriceRows = doubles(0);
let sTmp = doubles(0);
/** Per year: the funnel and the cost drivers, read once instead of 60 times. */
const ySpend = doubles(YEARS), yVisitors = doubles(YEARS), yTrials = doubles(YEARS);
const yNew = doubles(YEARS), yCogsPct = doubles(YEARS), yCogsPer = doubles(YEARS);
const ySmo = doubles(YEARS), yOpex = doubles(YEARS);
const yCac = doubles(YEARS), yFullCac = doubles(YEARS);
/** Per year: the sums of revenue, COGS, gross profit, EBITDA and customers over its months. */
const SUMS = 5;
const sYearSums = doubles(YEARS * SUMS);
function ensureScratch(P: number): void {
  if (P === scratchPlans) return;
  scratchPlans = P;
  sS = doubles(P);
  sC = doubles(P);
  sPrice = doubles(YEARS * P); sMix = doubles(YEARS * P); sChurn = doubles(YEARS * P);
  sUp = doubles(YEARS * P); sDown = doubles(YEARS * P); sStay = doubles(YEARS * P);
  sPowers = doubles(11 * P);
  sPriceRows = doubles(YEARS * 13 * P);
  sTmp = doubles(P);
}

/**
 * Series for P plans: empty (every value is then written by project()), or copies of `from`'s,
 * which share no array with it (its year objects are shared: they are never written in place).
 */
function fresh(P: number, from?: Projection): Projection {
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
    operatingExpenses: flow('operatingExpenses'), ebitda: flow('ebitda'), cash: flow('cash'),
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
  return fresh(p.customersByPlan.length, p);
}

/**
 * Projects 60 months (MODEL.md, "One month"): funnel, plan movements, MRR bridge, P&L, cash and
 * the monthly KPIs, then the years and the summary. Given `into` (a projection of as many plans),
 * it writes over it and returns it: Monte Carlo, tornado and goal seek read each projection once,
 * so they keep one instead of allocating thousands.
 */
export function project(values: ScenarioValues, into?: Projection, options?: ProjectOptions): Projection {
  const { drivers, plans } = values;
  const P = plans.length;
  const reuse = into !== undefined && into.customersByPlan.length === P;
  const fromYear = reuse && options?.fromYear !== undefined ? Math.max(0, Math.min(YEARS, options.fromYear)) : 0;
  const m0 = 12 * fromYear;
  ensureScratch(P);
  // Local aliases of the module's scratch buffers let the compiler keep them in registers.
  let S = sS, C = sC;
  const kPrice = sPrice, kMix = sMix, kChurn = sChurn, kUp = sUp, kDown = sDown, kStay = sStay;
  for (let y = 0; y < YEARS; y++) {
    ySpend[y] = drivers.marketingBudget[y]! / 12;
    yVisitors[y] = ySpend[y]! / drivers.visitorAcquisitionCost[y]!;
    yTrials[y] = yVisitors[y]! * drivers.visitorToTrial[y]!;
    yNew[y] = yTrials[y]! * drivers.trialToPaid[y]!;
    // Spend, overhead and new customers are the same every month of a year, so are both CACs.
    yCac[y] = fin(ySpend[y]! / yNew[y]!);
    yFullCac[y] = fin((ySpend[y]! + drivers.salesMarketingOverhead[y]!) / yNew[y]!);
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

  const target = reuse ? into : fresh(P);
  const { monthly, customersByPlan, mrrByPlan } = target;
  let initialTotal = 0;
  for (let i = 0; i < P; i++) {
    initialTotal += plans[i]!.initialCustomers;
    // Resuming at month m0: the customers at the end of the month before it.
    S[i] = m0 === 0 ? plans[i]!.initialCustomers : customersByPlan[i]![m0 - 1]!;
  }
  const {
    marketingSpend: sSpend, visitors: sVisitors, trials: sTrials, newCustomers: sNew,
    churnedCustomers: sChurned, customers: sCustomers, mrr: sMrr, startMrr: sStartMrr,
    newMrr: sNewMrr, expansionMrr: sExp, contractionMrr: sContr, churnedMrr: sChurnedMrr,
    revenue: sRevenue, cogs: sCogs, grossProfit: sGross, salesMarketingOverhead: sSmo,
    operatingExpenses: sOpex, ebitda: sEbitda, cash: sCash,
  } = monthly;

  let cash = m0 === 0 ? values.startingCash : sCash[m0 - 1]!;
  const sums = sYearSums;
  let yRevenue = 0, yCogs = 0, yGross = 0, yEbitda = 0, yCustomerMonths = 0;
  for (let m = m0; m < MONTHS; m++) {
    const y = (m / 12) | 0;
    const spend = ySpend[y]!;
    const visitors = yVisitors[y]!;
    const trials = yTrials[y]!;
    const newCustomers = yNew[y]!;
    const base = y * P;
    // q_i: last month's price (this year's in month 0).
    const qBase = m === 0 ? 0 : (((m - 1) / 12) | 0) * P;

    let churnedCustomers = 0, customers = 0;
    let mrr = 0, startMrr = 0, newMrr = 0, churnedMrr = 0, expansion = 0, contraction = 0;
    for (let i = 0; i < P; i++) {
      const k = base + i;
      const s = S[i]!;
      const p = kPrice[k]!;
      const q = kPrice[qBase + i]!;
      const churned = s * kChurn[k]!;
      const up = s * kUp[k]!;
      const down = s * kDown[k]!;
      const added = newCustomers * kMix[k]!;
      // C_i = S_i - churned_i - up_i - down_i + new_i + up_(i-1) + down_(i+1), gathered from the
      // neighbours' start-of-month customers (S is overwritten only after the loop).
      let c = s - churned - up - down + added;
      if (i > 0) c = S[i - 1]! * kUp[k - 1]! + c;
      if (i < P - 1) c += S[i + 1]! * kDown[k + 1]!;
      C[i] = c;
      churnedCustomers += churned;
      startMrr += s * q;
      newMrr += added * p;
      churnedMrr += churned * q;
      const repricing = (s - churned) * (p - q);
      if (repricing > 0) expansion += repricing; else contraction -= repricing;
      if (up !== 0) {
        const t = up * (kPrice[k + 1]! - p);
        if (t > 0) expansion += t; else contraction -= t;
      }
      if (down !== 0) {
        const t = down * (kPrice[k - 1]! - p);
        if (t > 0) expansion += t; else contraction -= t;
      }
      const planMrr = c * p;
      customersByPlan[i]![m] = c;
      mrrByPlan[i]![m] = planMrr;
      customers += c;
      mrr += planMrr;
    }
    const swap = S; S = C; C = swap;
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

    // The year's sums, kept as the months go (MODEL.md, "One year").
    yRevenue += revenue; yCogs += cogs; yGross += gross; yEbitda += ebitda; yCustomerMonths += customers;
    if (m % 12 === 11) {
      sums[y * SUMS] = yRevenue; sums[y * SUMS + 1] = yCogs; sums[y * SUMS + 2] = yGross;
      sums[y * SUMS + 3] = yEbitda; sums[y * SUMS + 4] = yCustomerMonths;
      yRevenue = 0; yCogs = 0; yGross = 0; yEbitda = 0; yCustomerMonths = 0;
    }
  }
  computeKpis(monthly, initialTotal, m0, options?.monthlyKpis === 'december' ? 12 : 1);
  computeNrr(values, P, customersByPlan, sMrr, monthly.nrr, fromYear);
  // The years before fromYear keep their figures (an object per year, never written over).
  summariseYears(values.startYear, monthly, sums, target.years, fromYear);
  target.startYear = values.startYear;
  for (let i = 0; i < P; i++) target.planIds[i] = plans[i]!.id;
  target.summary = summarise(monthly);
  return target;
}

/**
 * The monthly KPIs (MODEL.md, "Monthly KPIs") from the month's figures. They are computed as
 * doubles in which NaN stands for "undefined" (fin() turns an infinity into NaN, so it spreads as
 * null would), and null is stored for it: the data never holds NaN, and no double is boxed on
 * the way, as a `number | null` return value would be. A series that never holds null stays an
 * array of unboxed doubles.
 */
function computeKpis(s: MonthlySeries, initialCustomers: number, from: number, step: 1 | 12): void {
  const { mrr, customers, grossProfit, revenue, churnedCustomers, newMrr, expansionMrr, churnedMrr, contractionMrr } = s;
  const { arpu, grossMargin, cac, fullyLoadedCac, cacPaybackMonths, customerChurnRate, ltv, ltvToCac, quickRatio } = s;
  // step 12 visits the Decembers only (from is a year's first month).
  for (let m = step === 1 ? from : from + 11; m < MONTHS; m += step) {
    const y = (m / 12) | 0;
    const a = fin(mrr[m]! / customers[m]!);
    const gm = fin(grossProfit[m]! / revenue[m]!);
    const c = yCac[y]!;
    const unitMargin = a * gm;
    // sum S_i, the customers at the start of the month, is last month's customers.
    const churnRate = fin(churnedCustomers[m]! / (m === 0 ? initialCustomers : customers[m - 1]!));
    const l = fin(unitMargin / churnRate);
    // Each series is stored at a line of its own, not through one shared helper: a store site
    // that has seen a null turn an array into boxed values would box every series' doubles.
    const fc = yFullCac[y]!;
    const pay = unitMargin > 0 ? c / unitMargin : NaN;
    const lc = l / c;
    const qr = (newMrr[m]! + expansionMrr[m]!) / (churnedMrr[m]! + contractionMrr[m]!);
    if (a - a === 0) arpu[m] = a; else arpu[m] = null;
    if (gm - gm === 0) grossMargin[m] = gm; else grossMargin[m] = null;
    if (c - c === 0) cac[m] = c; else cac[m] = null;
    if (fc - fc === 0) fullyLoadedCac[m] = fc; else fullyLoadedCac[m] = null;
    if (pay - pay === 0) cacPaybackMonths[m] = pay; else cacPaybackMonths[m] = null;
    if (churnRate - churnRate === 0) customerChurnRate[m] = churnRate; else customerChurnRate[m] = null;
    if (l - l === 0) ltv[m] = l; else ltv[m] = null;
    if (lc - lc === 0) ltvToCac[m] = lc; else ltvToCac[m] = null;
    if (qr - qr === 0) quickRatio[m] = qr; else quickRatio[m] = null;
  }
}

/** x := M_y x, the movement of one month of year y without new customers (in place, via next). */
function moveMonth(x: number[], next: number[], base: number, P: number): void {
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
function computeNrr(values: ScenarioValues, P: number, customersByPlan: number[][], mrr: number[], out: (number | null)[], fromYear: number): void {
  const priceRows = sPriceRows, T = sTmp, next = sS, U = sPowers;
  const kPrice = sPrice, kUp = sUp, kDown = sDown, kStay = sStay, kMix = sMix;
  // priceRows[y][k] = p_y M_y^k for k = 0..12; a year's NRR needs its own rows only.
  for (let y = fromYear; y < YEARS; y++) {
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
  if (fromYear === 0) {
    // m = 11: the initial customers through the whole first year.
    let start0 = 0, end0 = 0;
    for (let i = 0; i < P; i++) {
      const s = values.plans[i]!.initialCustomers;
      start0 += s * kPrice[i]!;
      end0 += s * priceRows[12 * P + i]!;
    }
    for (let m = 0; m < 11; m++) out[m] = null;
    out[11] = ratio(end0, start0);
  }
  for (let Y = Math.max(1, fromYear); Y < YEARS; Y++) {
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
      // The cohort's mrr at month m-12 is that month's mrr: the same customers at the same prices.
      let endMrr = 0;
      for (let i = 0; i < P; i++) endMrr += priceRows[row + i]! * T[i]!;
      out[12 * Y + r] = ratio(endMrr, mrr[from]!);
    }
  }
}

/** One year (MODEL.md, "One year"): sums over its months, ratios of those sums, December's stocks. */
function summariseYears(startYear: number, s: MonthlySeries, sums: number[], years: YearFigures[], fromYear: number): void {
  for (let y = fromYear; y < YEARS; y++) {
    // The yearly drivers are the same every month: summed month by month, as the table would.
    let marketingSpend = 0, salesMarketingOverhead = 0, operatingExpenses = 0, visitors = 0, trials = 0, newCustomers = 0;
    for (let k = 0; k < 12; k++) {
      marketingSpend += ySpend[y]!; salesMarketingOverhead += ySmo[y]!; operatingExpenses += yOpex[y]!;
      visitors += yVisitors[y]!; trials += yTrials[y]!; newCustomers += yNew[y]!;
    }
    const at = y * SUMS;
    const revenue = sums[at]!, grossProfit = sums[at + 2]!, customerMonths = sums[at + 4]!;
    const dec = y * 12 + 11;
    const gm = ratio(grossProfit, revenue);
    const c = ratio(marketingSpend, newCustomers);
    const a = ratio(revenue, customerMonths);
    const unitMargin = a !== null && gm !== null ? a * gm : 0;
    years[y] = {
      year: startYear + y,
      revenue, cogs: sums[at + 1]!, grossProfit, marketingSpend, salesMarketingOverhead, operatingExpenses,
      ebitda: sums[at + 3]!, visitors, trials, newCustomers,
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
    };
  }
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
