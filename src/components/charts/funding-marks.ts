import { cashOutWithoutFunding } from '../../model/funding-effect';
import { monthIndex } from '../../model/calendar';
import type { FundingRound, ScenarioValues } from '../../model/types';

/** What the cash chart marks of the funding: each round, and when the cash would run out without any. */
export interface FundingMarks {
  rounds: readonly { month: number; amount: number; name: string }[];
  /** cashOutMonth of the scenario without funding (null: it never runs out, even without it). */
  cashOutWithout: number | null;
}

// One computation per parsed scenario (the projection without funding is a second project()).
const cache = new WeakMap<ScenarioValues, FundingMarks | null>();

/** The marks of a parsed scenario's rounds; null without funding (nothing to mark). */
export function fundingMarks(funding: readonly FundingRound[] | undefined, values: ScenarioValues): FundingMarks | null {
  if (!funding?.length) return null;
  let hit = cache.get(values);
  if (hit === undefined) {
    const rounds = funding.flatMap((r, i) => {
      const m = monthIndex(r.month, values.startYear);
      return m === null ? [] : [{ month: m, amount: r.amount, name: r.name?.trim() || `Round ${i + 1}` }];
    });
    hit = { rounds, cashOutWithout: cashOutWithoutFunding(values) };
    cache.set(values, hit);
  }
  return hit;
}
