import { useState } from 'react';
import { monthIndex, monthText } from '../../model/calendar';
import { pathWithoutRound, roundUpAmount } from '../../model/funding-effect';
import { amountForRunway, latestRoundMonth } from '../../model/funding-seek';
import { MONTHS, YEARS } from '../../model/types';
import { useEvaluation } from '../../state/evaluation';
import { addRound, editRound } from '../../state/funding-actions';
import { useStore } from '../../state/store';
import { Field } from './Field';
import { amountWords, latestWords, type SeekWords } from './funding-seek-words';

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
/** 2M, 2,000,000 or $2m. */
function readMoney(text: string): number | null {
  const match = /^[$€£]?\s*([\d.,]+)\s*([kmb])?$/i.exec(text.trim());
  const x = match ? Number(match[1]!.replace(/,/g, '')) * (match[2] ? SUFFIX[match[2].toLowerCase()]! : 1) : NaN;
  return Number.isFinite(x) && x > 0 ? x : null;
}

interface Answer extends SeekWords { change: { month: string; amount: number } | null }

/** Goal seek on funding: how much a round must be, and how late it can come, to keep N months of runway. */
export function FundingSeekPanel() {
  const { scenario, values } = useEvaluation();
  const { startYear, currency } = scenario;
  const rounds = scenario.funding ?? [];
  const [round, setRound] = useState(rounds.length ? 0 : -1);
  const picked = rounds[round];
  const [month, setMonth] = useState(picked?.month ?? monthText(startYear, 12));
  const [amount, setAmount] = useState(picked ? String(picked.amount) : '');
  const [minMonths, setMinMonths] = useState('12');
  const [lastYear, setLastYear] = useState(YEARS - 1);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pick = (i: number) => {
    setRound(i);
    const r = rounds[i];
    if (r) { setMonth(r.month); setAmount(String(r.amount)); }
    setAnswer(null);
  };
  const goal = () => {
    const n = Number(minMonths);
    if (!(n > 0) || !Number.isFinite(n)) { setError('Runway to keep: type a number of months above 0, e.g. 12.'); return null; }
    return { minMonths: n, last: lastYear * 12 + 11 };
  };
  const path = () => pathWithoutRound(scenario.funding, values, round >= 0 ? round : null);
  const howMuch = () => {
    setError(null); setAnswer(null);
    const g = goal();
    const m = monthIndex(month.trim(), startYear);
    if (!g) return;
    if (m === null || m < 0 || m >= MONTHS) { setError(`Month: type a month of the projection as YYYY-MM, e.g. ${monthText(startYear, 12)}.`); return; }
    const a = amountForRunway(path(), m, g);
    const x = a.ok ? roundUpAmount(a.amount) : 0;
    setAnswer({ ...amountWords(a, x, m, g.minMonths, g.last, startYear, currency), change: a.ok && a.binding !== null ? { month: monthText(startYear, m), amount: x } : null });
  };
  const howLate = () => {
    setError(null); setAnswer(null);
    const g = goal();
    const x = readMoney(amount);
    if (!g) return;
    if (x === null) { setError('Amount: type the round’s amount above 0, e.g. 2M or 2,000,000.'); return; }
    const a = latestRoundMonth(path(), x, g);
    setAnswer({ ...latestWords(a, x, g.minMonths, g.last, startYear, currency), change: a.ok && a.needed ? { month: monthText(startYear, a.month), amount: x } : null });
  };
  const apply = (change: { month: string; amount: number }) => {
    const { updateScenario, scenario: working } = useStore.getState();
    const r = round >= 0 ? editRound(working, round, change) : addRound(working, { ...change, name: 'New round' });
    if (!r.ok) { setError(Object.values(r.problems).join('; ')); return; }
    updateScenario(() => r.scenario);
    // The round now in the scenario is the one asked about next (a new round has just become one).
    setRound(r.scenario.funding?.findIndex((x) => x.month === change.month && x.amount === change.amount) ?? -1);
    setAnswer({ text: 'Applied as one change: undo it with Ctrl+Z or the Undo button.', apply: null, change: null });
  };
  return (
    <section className="sens-funding" aria-labelledby="funding-seek-title">
      <h3 id="funding-seek-title">Funding and runway</h3>
      <form className="sens-controls" onSubmit={(e) => { e.preventDefault(); howMuch(); }}>
        <fieldset>
          <legend>Keep the runway</legend>
          <Field label="At least (months)">{(id) => <input id={id} type="text" inputMode="decimal" size={5} value={minMonths} onChange={(e) => setMinMonths(e.target.value)} />}</Field>
          <Field label="Through December of">{(id) => (
            <select id={id} value={lastYear} onChange={(e) => setLastYear(Number(e.target.value))}>
              {Array.from({ length: YEARS }, (_, k) => <option key={k} value={k}>{startYear + k}</option>)}
            </select>
          )}</Field>
        </fieldset>
        <fieldset>
          <legend>With the round</legend>
          <Field label="Round">{(id) => (
            <select id={id} value={round} onChange={(e) => pick(Number(e.target.value))}>
              {rounds.map((r, i) => <option key={i} value={i}>{`${r.name ?? `Round ${i + 1}`} (${r.month})`}</option>)}
              <option value={-1}>A new round</option>
            </select>
          )}</Field>
          <Field label="Month (YYYY-MM)">{(id) => <input id={id} type="text" size={8} value={month} onChange={(e) => setMonth(e.target.value)} />}</Field>
          <button type="submit" className="sens-primary">How much must it be?</button>
          <Field label={`Amount (${currency})`}>{(id) => <input id={id} type="text" inputMode="decimal" size={12} value={amount} onChange={(e) => setAmount(e.target.value)} />}</Field>
          <button type="button" className="sens-primary" onClick={howLate}>How late can it come?</button>
        </fieldset>
      </form>
      <p className="sens-note">Runway = cash / net burn (the average monthly loss over the last three months). A month that is not burning needs only cash of 0 or more. The answers are exact: a round adds its amount to the cash of its month and every month after.</p>
      <div role="status" aria-live="polite" className="sens-result" data-testid="funding-seek-result">
        {error && <p className="sens-warning">{error}</p>}
        {answer && (
          <div className="sens-solved">
            <p>{answer.text}</p>
            {answer.apply && answer.change && <button type="button" onClick={() => apply(answer.change!)}>{answer.apply}</button>}
          </div>
        )}
      </div>
    </section>
  );
}
