import { memo } from 'react';
import { CATALOGUE } from '../../model/catalogue';
import { count } from '../../components/format';
import type { FundingRound } from '../../model/types';
import { editRound, removeRound, roundProblems, type RoundField } from '../../state/funding-actions';
import { useStore } from '../../state/store';
import { AddRoundForm } from './AddRoundForm';
import { CommitInput } from './CommitInput';
import { numberIn, type Parsed } from '../../components/grid/units';
import './funding.css';

const f = CATALOGUE.funding;
const readAmount = numberIn('money-compact');

/**
 * Reads a field of round `round` and checks the changed round against the contract, so a bad
 * month or amount is refused beside the field and the round keeps its value.
 */
function checked<T>(round: FundingRound, startYear: number, field: RoundField, read: (t: string) => Parsed<T>) {
  return (text: string): Parsed<T> => {
    const r = read(text);
    if (!r.ok) return r;
    const problem = roundProblems({ ...round, [field]: r.value }, startYear)[field];
    return problem ? { ok: false, message: problem } : r;
  };
}
const asText = (t: string): Parsed<string> => ({ ok: true, value: t.trim() });

/** The funding rounds (cash from outside the business, by month): edit, remove, add; each one undo step. */
export const FundingEditor = memo(function FundingEditor() {
  const funding = useStore((s) => s.scenario.funding);
  const startYear = useStore((s) => s.scenario.startYear);
  const currency = useStore((s) => s.scenario.currency);
  const { updateScenario } = useStore.getState();
  const rounds = funding ?? [];
  const edit = (i: number, change: Partial<FundingRound>) =>
    updateScenario((s) => { const r = editRound(s, i, change); return r.ok ? r.scenario : s; });
  const total = rounds.reduce((sum, r) => sum + r.amount, 0);
  return (
    <fieldset className="funding-editor" aria-describedby="funding-help">
      <legend>Funding</legend>
      <p id="funding-help" className="funding-help">
        Cash from outside the business (equity, a loan) that arrives in a month; from then on the cash carries it ({f.amount.formula}).
        {rounds.length > 0 && <> Total raised: <strong>{count(total, 0)} {currency}</strong>.</>}
      </p>
      {rounds.length > 0 && (
        <ol className="funding-rounds">
          {rounds.map((round, i) => {
            const who = round.name ? `${round.name}` : `Round ${i + 1}`;
            return (
              <li key={`${i}-${round.month}`} data-round={i} role="group" aria-label={who}>
                <CommitInput label="Month" value={round.month} parse={checked(round, startYear, 'month', asText)} onCommit={(month: string) => edit(i, { month })} className="narrow" />
                <CommitInput label={`Amount (${currency})`} value={count(round.amount, Number.isInteger(round.amount) ? 0 : 2)} parse={checked(round, startYear, 'amount', readAmount)} onCommit={(amount: number) => edit(i, { amount })} inputMode="decimal" />
                <CommitInput label="Name" value={round.name ?? ''} parse={asText} onCommit={(name) => edit(i, { name })} className="wide" />
                <button type="button" className="round-remove" onClick={() => updateScenario((s) => removeRound(s, i))} aria-label={`Remove ${who}`}>Remove</button>
              </li>
            );
          })}
        </ol>
      )}
      <AddRoundForm startYear={startYear} currency={currency} />
    </fieldset>
  );
});
