import { YEARS as YEARS_IN_MODEL, type ScenarioValues } from './types';

// The year's coefficients (MODEL.md, "Time": every yearly assumption applies to all 12 months of
// its year), read once a year instead of 60 times, and the engine's scratch buffers. The engine
// runs on every keystroke and in Monte Carlo loops, so it allocates little beyond what it returns:
// these buffers are reused across projections (one engine runs at a time in a thread).

const YEARS = YEARS_IN_MODEL as 5;

/** n doubles in a plain array: typed arrays cost more per access in browsers (V8's sandbox). */
function doubles(n: number): number[] {
  return new Array<number>(n).fill(0.5);
}

export interface Coefficients {
  /** The number of plans P the per-plan buffers are sized for. */
  plans: number;
  /** Per plan: the customers at the start of the month (S_i) and at its end (C_i). */
  startCustomers: number[];
  endCustomers: number[];
  /** Per year and plan (index y * P + i): price, mix, churn, upgrade, downgrade and the share that stays. */
  price: number[];
  mix: number[];
  churn: number[];
  upgrade: number[];
  downgrade: number[];
  stay: number[];
  /** NRR: new customers carried through a year's movements, price rows carried through them, a plan-long temporary. */
  powers: number[];
  priceRows: number[];
  cohort: number[];
  /** Per year: the funnel, the cost drivers and both CACs (all the same every month of a year). */
  marketingSpend: number[];
  visitors: number[];
  trials: number[];
  newCustomers: number[];
  cogsPercent: number[];
  cogsPerCustomer: number[];
  salesMarketingOverhead: number[];
  operatingExpenses: number[];
  cac: number[];
  fullyLoadedCac: number[];
  /** Per year (index y * YEAR_SUMS + k): revenue, cogs, gross profit, EBITDA, customer-months, financing. */
  yearSums: number[];
}

/** How many sums the month loop keeps per year in `yearSums`. */
export const YEAR_SUMS = 6;

export const coefficients: Coefficients = {
  plans: -1,
  startCustomers: doubles(0), endCustomers: doubles(0),
  price: doubles(0), mix: doubles(0), churn: doubles(0), upgrade: doubles(0), downgrade: doubles(0), stay: doubles(0),
  powers: doubles(0), priceRows: doubles(0), cohort: doubles(0),
  marketingSpend: doubles(YEARS), visitors: doubles(YEARS), trials: doubles(YEARS), newCustomers: doubles(YEARS),
  cogsPercent: doubles(YEARS), cogsPerCustomer: doubles(YEARS), salesMarketingOverhead: doubles(YEARS),
  operatingExpenses: doubles(YEARS), cac: doubles(YEARS), fullyLoadedCac: doubles(YEARS),
  yearSums: doubles(YEARS * YEAR_SUMS),
};

function sizeFor(P: number): void {
  const k = coefficients;
  if (P === k.plans) return;
  k.plans = P;
  k.startCustomers = doubles(P); k.endCustomers = doubles(P);
  k.price = doubles(YEARS * P); k.mix = doubles(YEARS * P); k.churn = doubles(YEARS * P);
  k.upgrade = doubles(YEARS * P); k.downgrade = doubles(YEARS * P); k.stay = doubles(YEARS * P);
  k.powers = doubles(11 * P);
  k.priceRows = doubles(YEARS * 13 * P);
  k.cohort = doubles(P);
}

/**
 * The year's coefficients of MODEL.md "One month": marketingSpend = marketingBudget / 12,
 * visitors, trials, newCustomers, both CACs, the cost drivers, and per plan its price, mix, churn,
 * upgrade (0 on the top plan), downgrade (0 on the bottom plan) and the share that stays.
 */
export function loadCoefficients(values: ScenarioValues): Coefficients {
  const { drivers, plans } = values;
  const P = plans.length;
  sizeFor(P);
  const k = coefficients;
  const { price, mix, churn, upgrade, downgrade, stay } = k;
  for (let y = 0; y < YEARS; y++) {
    const spend = drivers.marketingBudget[y]! / 12;
    const visitors = spend / drivers.visitorAcquisitionCost[y]!;
    const trials = visitors * drivers.visitorToTrial[y]!;
    const newCustomers = trials * drivers.trialToPaid[y]!;
    k.marketingSpend[y] = spend;
    k.visitors[y] = visitors;
    k.trials[y] = trials;
    k.newCustomers[y] = newCustomers;
    // Spend, overhead and new customers are the same every month of a year, so are both CACs
    // (NaN where undefined: see ratio.ts).
    const cac = spend / newCustomers;
    const fullyLoadedCac = (spend + drivers.salesMarketingOverhead[y]!) / newCustomers;
    k.cac[y] = cac - cac === 0 ? cac : NaN;
    k.fullyLoadedCac[y] = fullyLoadedCac - fullyLoadedCac === 0 ? fullyLoadedCac : NaN;
    k.cogsPercent[y] = drivers.cogsPercent[y]!;
    k.cogsPerCustomer[y] = drivers.cogsPerCustomer[y]!;
    k.salesMarketingOverhead[y] = drivers.salesMarketingOverhead[y]!;
    k.operatingExpenses[y] = drivers.operatingExpenses[y]!;
    for (let i = 0; i < P; i++) {
      const plan = plans[i]!;
      const at = y * P + i;
      const up = i < P - 1 ? plan.upgrade[y]! : 0;
      const down = i > 0 ? plan.downgrade[y]! : 0;
      price[at] = plan.price[y]!;
      mix[at] = plan.mix[y]!;
      churn[at] = plan.churn[y]!;
      upgrade[at] = up;
      downgrade[at] = down;
      stay[at] = 1 - plan.churn[y]! - up - down;
    }
  }
  return k;
}
