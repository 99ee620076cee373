import { useId, useState, type FormEvent } from 'react';
import { monthText } from '../../model/calendar';
import { addRound, type RoundProblems } from '../../state/funding-actions';
import { useStore } from '../../state/store';
import { numberIn } from '../../components/grid/units';

const readAmount = numberIn('money-compact');

/** A new round: month, amount, name. Added as one undo step, or refused in words beside the field. */
export function AddRoundForm({ startYear, currency }: { startYear: number; currency: string }) {
  const id = useId();
  const [month, setMonth] = useState('');
  const [amount, setAmount] = useState('');
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<RoundProblems>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = readAmount(amount);
    const round = { month: month.trim(), amount: typed.ok ? typed.value : NaN, name };
    // The store's current scenario, read at the moment of the click: one undo step, or nothing.
    const r = addRound(useStore.getState().scenario, round);
    const found: RoundProblems = r.ok ? {} : { ...r.problems };
    if (!typed.ok) found.amount = typed.message;
    if (round.month === '') found.month = `is missing: give the month the cash arrives, as YYYY-MM (e.g. ${monthText(startYear, 12)})`;
    setProblems(found);
    if (!r.ok || !typed.ok) return;
    useStore.getState().updateScenario(() => r.scenario);
    setMonth(''); setAmount(''); setName('');
  };
  const field = (key: 'month' | 'amount' | 'name', label: string, value: string, set: (v: string) => void, extra: { placeholder?: string; inputMode?: 'decimal'; className?: string }) => {
    const problem = key === 'name' ? undefined : problems[key];
    return (
      <div className={`field ${extra.className ?? ''}`}>
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`} type="text" autoComplete="off" value={value} placeholder={extra.placeholder} inputMode={extra.inputMode}
          aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-${key}-msg` : undefined}
          onChange={(e) => { set(e.target.value); if (problem) setProblems((p) => ({ ...p, [key]: undefined })); }}
        />
        {problem && <span id={`${id}-${key}-msg`} className="field-problem" role="alert">{`${label}: ${problem}`}</span>}
      </div>
    );
  };
  return (
    <form className="add-round" onSubmit={submit} aria-label="Add a funding round">
      {field('month', 'New round month', month, setMonth, { placeholder: monthText(startYear, 12), className: 'narrow' })}
      {field('amount', `New round amount (${currency})`, amount, setAmount, { placeholder: '2M', inputMode: 'decimal' })}
      {field('name', 'New round name', name, setName, { placeholder: 'Seed, Series A…', className: 'wide' })}
      <button type="submit">Add round</button>
    </form>
  );
}
