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
  return Number.isFinite(r) ? r : null;
}

const FLOWS = MONTHLY_FLOWS.length;

// Scratch buffers reused across projections: the engine runs on every keystroke and in
// Monte Carlo loops, so it allocates little beyond what it returns.
let scratchPlans = -1;
let S = new Float64Array(0);
let C = new Float64Array(0);
/** Per year and plan (index y * P + i): price, mix, churn, upgrade, downgrade, stay. */
let kPrice = new Float64Array(0), kMix = new Float64Array(0), kChurn = new Float64Array(0);
let kUp = new Float64Array(0), kDown = new Float64Array(0), kStay = new Float64Array(0);
/** NRR: powers of each year's movement matrix and price rows carried through them. */
let powers = new Float64Array(0);
let priceRows = new Float64Array(0);
let tmp = new Float64Array(0);
function ensureScratch(P: number): void {
  if (P === scratchPlans) return;
  scratchPlans = P;
  S = new Float64Array(P);
  C = new Float64Array(P);
  kPrice = new Float64Array(YEARS * P); kMix = new Float64Array(YEARS * P); kChurn = new Float64Array(YEARS * P);
  kUp = new Float64Array(YEARS * P); kDown = new Float64Array(YEARS * P); kStay = new Float64Array(YEARS * P);
  powers = new Float64Array(YEARS * 12 * P * P);
  priceRows = new Float64Array(YEARS * 13 * P);
  tmp = new Float64Array(P);
}

/**
 * Projects 60 months (MODEL.md, "One month"): funnel, plan movements, MRR bridge, P&L, cash and
 * the monthly KPIs, then the years and the summary.
 */
export function project(values: ScenarioValues): Projection {
  const { drivers, plans } = values;
  const P = plans.length;
  ensureScratch(P);
  for (let y = 0; y < YEARS; y++) {
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
  const kpi = () => new Array<number | null>(MONTHS).fill(null);
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
    const spend = drivers.marketingBudget[y]! / 12;
    const visitors = spend / drivers.visitorAcquisitionCost[y]!;
    const trials = visitors * drivers.visitorToTrial[y]!;
    const newCustomers = trials * drivers.trialToPaid[y]!;
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
  computeNrr(values, P, customersByPlan, monthly.nrr);
  const years = summariseYears(values.startYear, monthly);
  return { startYear: values.startYear, planIds: plans.map((p) => p.id), monthly, customersByPlan, mrrByPlan, years, summary: summarise(monthly) };
}

/**
 * NRR (MODEL.md): the customers at the end of month m-12 (the initial customers for m = 11),
 * moved through months m-11..m by churn, upgrade and downgrade only; their mrr at month m over
 * their mrr at month m-12.
 *
 * The movements are linear and fixed within a year, so for m = 12Y + r the window is r+1 months
 * of year Y after 11-r months of year Y-1: end mrr = (p_Y M_Y^(r+1)) . (M_(Y-1)^(11-r) S). Powers
 * and price rows are built once per projection instead of moving 49 cohorts 12 months each.
 */
function computeNrr(values: ScenarioValues, P: number, customersByPlan: Float64Array[], out: (number | null)[]): void {
  const PP = P * P;
  for (let y = 0; y < YEARS; y++) {
    const base = y * P;
    // powers[y][k] = M_y^k for k = 0..11, dense P x P, row-major [to * P + from].
    const p0 = y * 12 * PP;
    for (let e = 0; e < PP; e++) powers[p0 + e] = 0;
    for (let i = 0; i < P; i++) powers[p0 + i * P + i] = 1;
    for (let k = 1; k < 12; k++) {
      const prev = p0 + (k - 1) * PP;
      const cur = p0 + k * PP;
      for (let e = 0; e < PP; e++) powers[cur + e] = 0;
      // M * prev: row `to` of M gathers stay, the upgrade from below and the downgrade from above.
      for (let to = 0; to < P; to++) {
        for (let from = 0; from < P; from++) {
          let v = kStay[base + to]! * powers[prev + to * P + from]!;
          if (to > 0) v += kUp[base + to - 1]! * powers[prev + (to - 1) * P + from]!;
          if (to < P - 1) v += kDown[base + to + 1]! * powers[prev + (to + 1) * P + from]!;
          powers[cur + to * P + from] = v;
        }
      }
    }
    // priceRows[y][k] = p_y M_y^k for k = 0..12.
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
  for (let m = 11; m < MONTHS; m++) {
    const Y = (m / 12) | 0;
    const r = m - 12 * Y;
    const from = m - 12;
    const fromBase = (from < 0 ? 0 : (from / 12) | 0) * P;
    let startMrr = 0;
    for (let i = 0; i < P; i++) {
      const s = from < 0 ? values.plans[i]!.initialCustomers : customersByPlan[i]![from]!;
      S[i] = s;
      startMrr += s * kPrice[fromBase + i]!;
    }
    // tmp = M_(Y-1)^(11-r) S (the identity when r = 11).
    if (r === 11) {
      for (let i = 0; i < P; i++) tmp[i] = S[i]!;
    } else {
      const pw = ((Y - 1) * 12 + (11 - r)) * PP;
      for (let to = 0; to < P; to++) {
        let v = 0;
        for (let f = 0; f < P; f++) v += powers[pw + to * P + f]! * S[f]!;
        tmp[to] = v;
      }
    }
    const row = (Y * 13 + r + 1) * P;
    let endMrr = 0;
    for (let i = 0; i < P; i++) endMrr += priceRows[row + i]! * tmp[i]!;
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
