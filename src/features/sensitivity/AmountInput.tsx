import { useRef, type KeyboardEvent } from 'react';

interface Props {
  /** The committed value as text (re-shown when it changes elsewhere, e.g. on undo). */
  text: string;
  label: string;
  /** Returns false to refuse the text (it is then put back). */
  onCommit: (text: string) => boolean;
  size?: number;
}

/** A text box that commits on Enter or leaving it (one undo step), and puts the value back on Escape. */
export function AmountInput({ text, label, onCommit, size = 7 }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const commit = () => {
    const el = ref.current;
    if (!el || el.value === text) return;
    if (!onCommit(el.value)) el.value = text;
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') { e.preventDefault(); commit(); }
    if (e.key === 'Escape' && ref.current) ref.current.value = text;
  };
  return <input key={text} ref={ref} type="text" inputMode="decimal" aria-label={label} defaultValue={text} size={size} onBlur={commit} onKeyDown={onKey} />;
}
