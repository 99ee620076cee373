import { monthLabel } from '../../components/format';
import { formatPrecise } from '../../components/charts/metrics';
import type { AmountAnswer, LatestAnswer } from '../../model/funding-seek';

// The funding goal seek's answers in a planner's words (model/funding-seek.ts computes them).

export interface SeekWords { text: string; apply: string | null }

const keep = (n: number) => `at least ${n} month${n === 1 ? '' : 's'} of runway`;

/** "A round of $5,600,000 in May 2026 keeps at least 6 months of runway through Dec 2030 …" */
export function amountWords(a: AmountAnswer, amount: number, m: number, minMonths: number, last: number, startYear: number, currency: string): SeekWords {
  const at = (k: number) => monthLabel(k, startYear);
  if (!a.ok) return { text: `No amount in ${at(m)} is enough: in ${at(a.month)}, before the round arrives, the runway is already under ${minMonths} months. Pick an earlier month.`, apply: null };
  if (a.binding === null) return { text: `No round is needed: the runway stays ${keep(minMonths)} (or the business is not burning) from ${at(m)} through ${at(last)}.`, apply: null };
  const money = formatPrecise('money', amount, currency);
  return {
    text: `A round of ${money} in ${at(m)} keeps ${keep(minMonths)} from then through ${at(last)}; the tightest month is ${at(a.binding)}.`,
    apply: `Set the round to ${money} in ${at(m)}`,
  };
}

/** "A round of $5,600,000 can come as late as May 2026 …" */
export function latestWords(a: LatestAnswer, amount: number, minMonths: number, last: number, startYear: number, currency: string): SeekWords {
  const at = (k: number) => monthLabel(k, startYear);
  const money = formatPrecise('money', amount, currency);
  if (!a.ok) return { text: `${money} is not enough wherever it comes: in ${at(a.month)} the runway would be under ${minMonths} months even with it. Raise more.`, apply: null };
  if (!a.needed) return { text: `No round is needed: the runway stays ${keep(minMonths)} (or the business is not burning) through ${at(last)} without it.`, apply: null };
  return {
    text: `A round of ${money} can come as late as ${at(a.month)} and keep ${keep(minMonths)} every month through ${at(last)}; a month later, ${at(a.month)} would fall short.`,
    apply: `Move the round to ${at(a.month)}`,
  };
}
