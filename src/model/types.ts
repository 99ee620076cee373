// The scenario file and the projection, as docs/model.md defines them.
// Units: a rate is a fraction (0.06 = 6 %); money is a number in the scenario's currency.

export const YEARS = 5;
export const MONTHS = 60;
export const MAX_PLANS = 6;
export const SCHEMA_VERSION = 2;

/** A cell is a number or a formula: a string that starts with `=` (MODEL.md, "Scenario file"). */
export type Cell = number | string;
/** Five cells, one per projected year. */
export type Row = Cell[];

export const DRIVER_KEYS = [
  'marketingBudget',
  'visitorAcquisitionCost',
  'visitorToTrial',
  'trialToPaid',
  'cogsPercent',
  'cogsPerCustomer',
  'salesMarketingOverhead',
  'operatingExpenses',
] as const;
export type DriverKey = (typeof DRIVER_KEYS)[number];

export const PLAN_ROW_KEYS = ['price', 'mix', 'churn', 'upgrade', 'downgrade'] as const;
export type PlanRowKey = (typeof PLAN_ROW_KEYS)[number];

export interface Plan {
  id: string;
  name: string;
  initialCustomers: number;
  price: Row;
  mix: Row;
  churn: Row;
  upgrade: Row;
  downgrade: Row;
  [unknownField: string]: unknown;
}

export interface Target {
  metric: string;
  year: number;
  min?: number;
  max?: number;
  [unknownField: string]: unknown;
}

/**
 * A range on an input cell or row for Monte Carlo runs (README, "Uncertainty"): triangular with
 * `low <= mode <= high`. `row` names a row as formulas do; no `year` means every year (one draw
 * per run for the whole row). With `relative`, the three are multiples of the cell's value.
 */
export interface Uncertainty {
  row: string;
  year?: number;
  low: number;
  mode: number;
  high: number;
  relative?: boolean;
  [unknownField: string]: unknown;
}

/**
 * Cash from outside the business (equity, a loan) that arrives in one month (MODEL.md, "Funding",
 * schema version 2). `month` is `YYYY-MM` within the projection; `amount` > 0.
 */
export interface FundingRound {
  month: string;
  amount: number;
  name?: string;
}

/** The figures an actual month may give besides `customersByPlan` (MODEL.md, "Actuals"). */
export const ACTUAL_FIGURES = [
  'marketingSpend',
  'visitors',
  'trials',
  'newCustomers',
  'churnedCustomers',
  'mrr',
  'newMrr',
  'expansionMrr',
  'contractionMrr',
  'churnedMrr',
  'cogs',
  'salesMarketingOverhead',
  'operatingExpenses',
  'cash',
  'nrr',
] as const;
export type ActualFigure = (typeof ACTUAL_FIGURES)[number];

/**
 * What really happened in one month (MODEL.md, "Actuals", schema version 2): each figure optional,
 * all >= 0 but `cash`; `customersByPlan` names every plan of the scenario and no other.
 */
export type ActualMonth = { month: string; customersByPlan?: Record<string, number> } & Partial<Record<ActualFigure, number>>;

export interface Scenario {
  /** A version 1 file is migrated to 2 on the way in (migrate.ts); the app writes 2. */
  schemaVersion: 2;
  name: string;
  description?: string;
  currency: string;
  startYear: number;
  startingCash: number;
  drivers: Record<DriverKey, Row>;
  plans: Plan[];
  targets: Target[];
  /** Optional ranges for Monte Carlo runs; older versions keep it as an unknown field. */
  uncertainty?: Uncertainty[];
  /** Cash from outside the business, by month (schema version 2). */
  funding?: FundingRound[];
  /** What really happened, one entry a month from January of startYear (schema version 2). */
  actuals?: ActualMonth[];
  [unknownField: string]: unknown;
}

/** A plan with every formula evaluated: the engine's input. */
export interface PlanValues {
  id: string;
  name: string;
  initialCustomers: number;
  price: Float64Array;
  mix: Float64Array;
  churn: Float64Array;
  upgrade: Float64Array;
  downgrade: Float64Array;
}

/** A scenario with every formula evaluated: the engine's input. */
export interface ScenarioValues {
  startYear: number;
  startingCash: number;
  drivers: Record<DriverKey, Float64Array>;
  plans: PlanValues[];
  /**
   * The funding that arrives in each of the 60 months (MODEL.md, `financing`: the sum of the
   * month's rounds); absent when the scenario has no funding, which the engine reads as 0.
   */
  financing?: Float64Array;
}

/** Where a cell lives: a driver row or a plan row, and the year index 0..4. */
export type CellRef =
  | { kind: 'driver'; key: DriverKey; y: number }
  | { kind: 'plan'; planIndex: number; field: PlanRowKey; y: number };

/** A problem a user can fix: where (in the words a user reads) and what. */
export interface Problem {
  /** e.g. `Pro plan, price, 2029` or `targets[2].metric` */
  place: string;
  message: string;
  /** JSON path into the scenario file. */
  path: (string | number)[];
  /** Set when the problem belongs to one grid cell. */
  cell?: CellRef;
}

/** Monthly flows and stocks: always defined. */
export const MONTHLY_FLOWS = [
  'marketingSpend',
  'visitors',
  'trials',
  'newCustomers',
  'churnedCustomers',
  'customers',
  'mrr',
  'startMrr',
  'newMrr',
  'expansionMrr',
  'contractionMrr',
  'churnedMrr',
  'revenue',
  'cogs',
  'grossProfit',
  'salesMarketingOverhead',
  'operatingExpenses',
  'ebitda',
  'financing',
  'cash',
] as const;
export type MonthlyFlow = (typeof MONTHLY_FLOWS)[number];

/** Monthly KPIs: `null` where a denominator is 0 or the value is undefined. */
export const MONTHLY_KPIS = [
  'arpu',
  'grossMargin',
  'cac',
  'fullyLoadedCac',
  'cacPaybackMonths',
  'customerChurnRate',
  'ltv',
  'ltvToCac',
  'quickRatio',
  'nrr',
  'netBurn',
  'runwayMonths',
] as const;
export type MonthlyKpi = (typeof MONTHLY_KPIS)[number];
export type MonthlyFigure = MonthlyFlow | MonthlyKpi;

/** Annual figures (MODEL.md, "One year"). */
export const ANNUAL_FIGURES = [
  'revenue',
  'cogs',
  'grossProfit',
  'marketingSpend',
  'salesMarketingOverhead',
  'operatingExpenses',
  'ebitda',
  'financing',
  'visitors',
  'trials',
  'newCustomers',
  'grossMargin',
  'cac',
  'fullyLoadedCac',
  'arpu',
  'cacPaybackMonths',
  'nrr',
  'endingMrr',
  'arr',
  'endingCustomers',
  'endingCash',
  'ltv',
  'ltvToCac',
  'runwayMonths',
  'revenueGrowth',
  'ebitdaMargin',
  'ruleOf40',
  'netNewArr',
  'burnMultiple',
  'magicNumber',
] as const;
export type AnnualFigure = (typeof ANNUAL_FIGURES)[number];

export type YearFigures = { year: number } & Record<AnnualFigure, number | null>;

/** Struct of arrays: one 60-long array per monthly figure. */
export type MonthlySeries = Record<MonthlyFlow, number[]> & Record<MonthlyKpi, (number | null)[]>;

export interface Summary {
  breakEvenMonth: number | null;
  lowestCash: number;
  lowestCashMonth: number;
  cashOutMonth: number | null;
}

export interface Projection {
  startYear: number;
  planIds: string[];
  monthly: MonthlySeries;
  /** customersByPlan[i][m]: customers of plan i at the end of month m. */
  customersByPlan: number[][];
  /** mrrByPlan[i][m] = C_i * p_i. */
  mrrByPlan: number[][];
  years: YearFigures[];
  summary: Summary;
}

/** The MRR bridge: in an actual month of the forecast, `null` where the entry does not give it. */
export const MRR_BRIDGE = ['newMrr', 'expansionMrr', 'contractionMrr', 'churnedMrr'] as const;
export type MrrBridgeFigure = (typeof MRR_BRIDGE)[number];

/** The forecast's monthly series: a projection's, but the MRR bridge may be null (MODEL.md, "Actuals and the forecast"). */
export type ForecastSeries = Omit<MonthlySeries, MrrBridgeFigure> & Record<MrrBridgeFigure, (number | null)[]>;

/** A forecast year: the plan's annual figures, and how many of its months are actual months. */
export type ForecastYearFigures = YearFigures & { actualMonths: number };

/**
 * The forecast (latest estimate, MODEL.md "Actuals and the forecast"): a Projection whose months
 * up to `lastActualMonth` (L, -1 without actuals) are the actuals, the rest projected from there.
 */
export interface Forecast extends Omit<Projection, 'monthly' | 'years'> {
  monthly: ForecastSeries;
  years: ForecastYearFigures[];
  lastActualMonth: number;
}

/** What the tables, targets and exports read of a plan or a forecast alike. */
export type ProjectionView = Omit<Projection, 'monthly'> & { monthly: ForecastSeries };

export interface TargetResult {
  metric: string;
  year: number;
  min?: number;
  max?: number;
  value: number | null;
  met: boolean | null;
}
