import { monthIndex, projectionSpan } from './calendar';
import { MONTHS, type Problem } from './types';

// MODEL.md's rules for `funding` (schema version 2): each round's month is a `YYYY-MM` of the
// projection and its amount is > 0. Each message names the round as a planner reads it.

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Where a round is: `Funding round 2 (Series A)`. */
export function fundingPlace(index: number, round: unknown): string {
  const name = isObject(round) && typeof round.name === 'string' && round.name.trim() !== '' ? ` (${round.name.trim()})` : '';
  return `Funding round ${index + 1}${name}`;
}

/** The funding rounds' problems: a month outside the projection or not `YYYY-MM`, an amount not > 0. */
export function validateFunding(funding: unknown, startYear: number): Problem[] {
  if (funding === undefined) return [];
  if (!Array.isArray(funding)) return [{ place: 'Funding', path: ['funding'], message: 'must be a list of rounds, each { "month": "YYYY-MM", "amount": number }' }];
  const problems: Problem[] = [];
  funding.forEach((round: unknown, i) => {
    const place = fundingPlace(i, round);
    const problem = (field: string | null, message: string) =>
      problems.push({ place: field ? `${place}, ${field}` : place, path: field ? ['funding', i, field] : ['funding', i], message });
    if (!isObject(round)) return problem(null, 'must be an object { "month": "YYYY-MM", "amount": number }');
    const { month, amount, name } = round;
    if (month === undefined) problem('month', 'is missing: give the month the cash arrives, as YYYY-MM');
    else if (typeof month !== 'string' || monthIndex(month, startYear) === null) problem('month', `${JSON.stringify(month)} must be a month written YYYY-MM (e.g. ${startYear + 1}-03)`);
    else {
      const m = monthIndex(month, startYear)!;
      if (m < 0 || m >= MONTHS) problem('month', `${month} is outside the projection ${projectionSpan(startYear)}`);
    }
    if (amount === undefined) problem('amount', 'is missing: give the cash that arrives, more than 0');
    else if (typeof amount !== 'number' || !Number.isFinite(amount)) problem('amount', 'must be a number');
    else if (!(amount > 0)) problem('amount', `must be more than 0 (is ${amount}): remove the round instead of giving 0`);
    if (name !== undefined && typeof name !== 'string') problem('name', 'must be text');
  });
  return problems;
}
