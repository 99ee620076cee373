import { useState, type KeyboardEvent } from 'react';
import type { Kind } from '../../components/charts/metrics';
import { fromInput, inputUnit, toInput } from './target-edit';

interface Props {
  label: string;
  kind: Kind;
  currency: string;
  value: number | undefined;
  /** Returns a message when the value is refused, else null. */
  onCommit: (value: number | undefined) => string | null;
}

/**
 * A target bound typed in its unit (percent for rates). It commits on Enter or leaving the field,
 * so typing "110" is one undo step rather than three; Escape goes back to the stored value.
 */
export function BoundInput({ label, kind, currency, value, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? toInput(kind, value);
  const commit = () => {
    if (draft === null) return;
    const parsed = fromInput(kind, draft);
    const problem = parsed.ok ? (parsed.value === value ? null : onCommit(parsed.value)) : parsed.message;
    setError(problem);
    if (problem === null) setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') { setDraft(null); setError(null); }
  };
  const unit = inputUnit(kind, currency);
  return (
    <span className="bound-input">
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error !== null || undefined}
        value={shown}
        placeholder="none"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {unit && <span className="bound-unit" aria-hidden="true">{unit}</span>}
      {error && <span className="bound-error" role="alert">{error}</span>}
    </span>
  );
}
