import { project } from './engine';
import { financingByMonth } from './funding';
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
