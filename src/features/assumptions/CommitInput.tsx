import { useId, useState, type KeyboardEvent } from 'react';
import { sentence } from '../../components/format';
import type { Parsed } from '../../components/grid/units';

interface Props<T> {
  label: string;
  /** The stored value as text; shown whenever the field is not being typed in. */
  value: string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  /** A problem the model reports for this field. */
  problem?: string | undefined;
  multiline?: boolean;
  className?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
}

/**
 * A labelled field that commits on Enter or leaving it (one undo step), reverts on Escape, and
 * refuses text it cannot read with a message, keeping the stored value.
 */
export function CommitInput<T>({ label, value, parse, onCommit, problem, multiline, className, inputMode }: Props<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const message = error ?? problem;
  const commit = () => {
    if (draft === null) return;
    const r = parse(draft);
    if (!r.ok) { setError(r.message); return; }
    setDraft(null);
    setError(null);
    onCommit(r.value);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !(multiline && e.shiftKey)) { e.preventDefault(); commit(); }
    else if (e.key === 'Escape') { setDraft(null); setError(null); }
  };
  const common = {
    id,
    value: draft ?? value,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? `${id}-msg` : undefined,
    onChange: (e: { target: { value: string } }) => { setDraft(e.target.value); setError(null); },
    onKeyDown,
    onBlur: () => {
      if (draft === null) return;
      const r = parse(draft);
      if (r.ok) { commit(); return; }
      setDraft(null);
      setError(`Not changed: ${r.message}`);
    },
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" inputMode={inputMode} autoComplete="off" {...common} />}
      {message && <span id={`${id}-msg`} className="field-problem" role={error ? 'alert' : undefined}>{sentence(message)}</span>}
    </div>
  );
}
