import { validateFunding } from '../model/validate-funding';
import type { FundingRound, Scenario } from '../model/types';

// Funding round edits (MODEL.md, "Funding", schema version 2). Pure: each takes a scenario and
// returns a new one, and the view hands it to the store's `updateScenario`, so each add, edit or
// remove is one undo step. A round the contract refuses is never written: the edit returns the
// problems in words, per field, and the scenario stays as it was.

export type RoundField = 'month' | 'amount' | 'name';
/** What is wrong with a round, by field, in the contract's words (validate-funding.ts). */
export type RoundProblems = Partial<Record<RoundField, string>>;
export type RoundEdit = { ok: true; scenario: Scenario } | { ok: false; problems: RoundProblems };

/** The problems of one round against the projection of `startYear`, by field; empty when it is valid. */
export function roundProblems(round: FundingRound, startYear: number): RoundProblems {
  const out: RoundProblems = {};
  for (const p of validateFunding([round], startYear)) {
    const field = p.path[2] as RoundField | undefined;
    if (field && !out[field]) out[field] = p.message;
  }
  return out;
}

/** A round as it is written to the file: no empty name. */
function tidy(round: FundingRound): FundingRound {
  const name = round.name?.trim();
  return name ? { month: round.month, amount: round.amount, name } : { month: round.month, amount: round.amount };
}

function withFunding(s: Scenario, funding: FundingRound[]): Scenario {
  if (funding.length > 0) return { ...s, funding };
  // The last round gone: the file reads as it did before any round was added.
  const rest = { ...s };
  delete rest.funding;
  return rest;
}

/** Adds a round (kept in month order, after the rounds of the same month), if the contract accepts it. */
export function addRound(s: Scenario, round: FundingRound): RoundEdit {
  const problems = roundProblems(round, s.startYear);
  if (Object.keys(problems).length) return { ok: false, problems };
  const funding = [...(s.funding ?? [])];
  const at = funding.findIndex((r) => r.month > round.month);
  funding.splice(at < 0 ? funding.length : at, 0, tidy(round));
  return { ok: true, scenario: withFunding(s, funding) };
}

/** Changes fields of round `index`, if the changed round is still valid. */
export function editRound(s: Scenario, index: number, change: Partial<FundingRound>): RoundEdit {
  const before = s.funding?.[index];
  if (!before) return { ok: true, scenario: s };
  const round = tidy({ ...before, ...change });
  const problems = roundProblems(round, s.startYear);
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, scenario: withFunding(s, s.funding!.map((r, i) => (i === index ? round : r))) };
}

/** Removes round `index`. */
export function removeRound(s: Scenario, index: number): Scenario {
  if (!s.funding?.[index]) return s;
  return withFunding(s, s.funding.filter((_, i) => i !== index));
}
