import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { sentence } from '../../components/format';

/** Where the selection goes after a commit: Enter down, Shift+Enter up, Tab right, Shift+Tab left. */
export type Move = 'down' | 'up' | 'right' | 'left' | 'none';

export interface EditorProps {
  name: string;
  /** The row's unit and period, in view while typing so a yearly amount in a monthly row stands out. */
  unit: string;
  initial: string;
  /** Tries the text; returns a message when it cannot be read (the editor stays open). */
  commit: (text: string, move: Move) => string | null;
  cancel: () => void;
  /** Blur: the user went elsewhere, so a text that cannot be read is dropped with a notice. */
  leave: (text: string) => void;
}

/** The in-cell editor: shows the raw cell (a formula, or the value in its unit). */
export function CellEditor({ name, unit, initial, commit, cancel, leave }: EditorProps) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const errorId = useId();
  const unitId = useId();

  useEffect(() => {
    const el = input.current!;
    el.focus();
    // Typing into a cell starts a fresh value: the caret goes after the typed character.
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    let move: Move | null = null;
    if (e.key === 'Enter') move = e.shiftKey ? 'up' : 'down';
    else if (e.key === 'Tab') move = e.shiftKey ? 'left' : 'right';
    if (move) {
      e.preventDefault();
      e.stopPropagation();
      const message = commit(text, move);
      if (message) setError(message);
      else done.current = true;
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      done.current = true;
      cancel();
    } else {
      // Arrows, Delete, Ctrl+Z and the rest belong to the text box while it is open.
      e.stopPropagation();
    }
  };

  return (
    <>
      <input
        ref={input}
        className="cell-editor"
        aria-label={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[unit ? unitId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
        value={text}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => { setText(e.target.value); setError(null); }}
        onKeyDown={onKeyDown}
        onBlur={() => { if (!done.current) { done.current = true; leave(text); } }}
      />
      {unit && <span id={unitId} className="cell-editor-unit">{unit}</span>}
      {error && <span id={errorId} role="alert" className="cell-editor-error">{sentence(error)}</span>}
    </>
  );
}
