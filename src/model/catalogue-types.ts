// The shape of one entry of the figure catalogue (catalogue.ts): every input row and output
// figure of shared/MODEL.md, with the words, unit, range and formula that every view reads.

/**
 * How a figure is measured, and so how it is formatted:
 * - `money`: sums of money (budgets, revenue, cash): compact on cards ($4.0M), whole in tables;
 * - `unitMoney`: money per one thing (a price, CAC, ARPU, a visitor's cost): always with cents;
 * - `rate`: a fraction shown as a percentage (0.065 = 6.5 %);
 * - `count`: visitors, trials, customers (fractional in the model, whole in tables);
 * - `months`: a duration in months (CAC payback, runway);
 * - `multiple`: a ratio read as "3.2x" (LTV/CAC, quick ratio, burn multiple);
 * - `monthIndex`: a month of the projection, 0 = January of the first year (break-even);
 * - `year`: a calendar year; `yearMonth`: a `YYYY-MM` text (a funding round's month).
 */
export type FigureKind = 'money' | 'unitMoney' | 'rate' | 'count' | 'months' | 'multiple' | 'monthIndex' | 'year' | 'yearMonth';

/** What one amount covers: a month's worth or a year's worth. `null` where no period applies. */
export type Period = 'month' | 'year';

/** The values validation accepts (MODEL.md, "Validation"). Bounds are inclusive unless `exclusiveMin`. */
export interface ValidRange {
  min: number;
  max: number;
  /** `visitorAcquisitionCost > 0`, funding `amount > 0`. */
  exclusiveMin?: boolean;
}

export interface CatalogueEntry {
  /** Exactly as in the scenario file and the headless output. */
  key: string;
  /** Tables, grid rows, messages: "Marketing budget", "Blended ARPU". */
  label: string;
  /** Chart legends and axes, where space is short: "Mktg budget", "ARPU". */
  shortLabel: string;
  kind: FigureKind;
  /** Whether one amount is a month's or a year's worth; null for stocks, rates of a stock, prices per visitor. */
  period: Period | null;
  /** true: more is better; false: less is better; null: neither (a budget is a choice). */
  higherIsBetter: boolean | null;
  /** MODEL.md's formula; for an input, how the engine uses it. */
  formula: string;
  /** The same in plain words, for a planner. */
  explanation: string;
}

/** An input: a driver row, a plan row, a scenario field, a funding field or an actual figure. */
export interface InputEntry extends CatalogueEntry {
  /** What validation enforces. */
  range: ValidRange;
  /** The unit a planner reads beside the row: "per year", "/mo", "of revenue", "per visitor". */
  unit: string;
}

/** An output figure: what the engine emits. */
export interface OutputEntry extends CatalogueEntry {
  /** Why the figure can be undefined (shown on hover of the em dash); null if it never is. */
  whyNull: string | null;
}

/** Entries written without their key, keyed by it: the key is written once. */
export function withKeys<K extends string, E extends CatalogueEntry>(specs: Record<K, Omit<E, 'key'>>): Record<K, E> {
  const out = {} as Record<K, E>;
  for (const key of Object.keys(specs) as K[]) out[key] = { ...specs[key], key } as unknown as E; // after the spread: a spec made from another entry keeps its own key
  return out;
}
