import { useId, type ReactNode } from 'react';

/** A labelled control: the label names only the control (a wrapping label would add the options' text). */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="sens-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
