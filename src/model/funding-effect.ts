import { project } from './engine';
import { financingByMonth } from './funding';
import type { CashPath } from './funding-seek';
import type { FundingRound, Projection, ScenarioValues } from './types';

// What the funding does to the cash: the scenario projected without some or all of its rounds.
// Funding changes only financing and cash (MODEL.md, "One month"), so the rest of that projection
// is the scenario's own.

/** The projection with `financing` = the sum of the amounts of `rounds` by month (MODEL.md, "One month"); none: no funding at all. */
export function projectWithRounds(values: ScenarioValues, rounds: readonly FundingRound[]): Projection {
  const financing = financingByMonth(rounds, values.startYear);
  const copy: ScenarioValues = { ...values };
  if (financing) copy.financing = financing;
  else delete copy.financing;
  return project(copy);
}

/** cashOutMonth of the scenario without funding (financing = 0 every month): the first month whose cash would be below 0, or null. */
export function cashOutWithoutFunding(values: ScenarioValues): number | null {
  return projectWithRounds(values, []).summary.cashOutMonth;
}

/**
 * Cash and EBITDA by month with every round but round `index` (all of them when index is null): the
 * path that a sought round adds its amount to (funding-seek.ts).
 */
export function pathWithoutRound(funding: readonly FundingRound[] | undefined, values: ScenarioValues, index: number | null): CashPath {
  const kept = (funding ?? []).filter((_, i) => i !== index);
  const { cash, ebitda } = projectWithRounds(values, kept).monthly;
  return { cash, ebitda };
}

/** An amount rounded up to a whole unit of money, so the goal it was sought for still holds. */
export function roundUpAmount(amount: number): number {
  // A shortfall computed as 5,600.000000001 is 5,600: a relative 1e-12 is float noise, not money.
  return Math.ceil(amount - 1e-12 * Math.abs(amount));
}
