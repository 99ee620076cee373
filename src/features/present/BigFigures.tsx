import { Figure } from '../../components/Figure';

export interface BigFigure {
  /** Stable key for tests: the annual figure or summary name. */
  id: string;
  label: string;
  value: number | null;
  format: (x: number) => string;
  whyNull: string;
  /** A line under the number: "from $78.00 in 2026". */
  sub?: string;
  /** A second line, e.g. which CAC a payback uses and its fully loaded variant. */
  detail?: string;
  /** Target chips, in words. */
  chips?: readonly { tone: string; text: string }[];
}

/** Large figures in a row: the numbers a room reads from the back. */
export function BigFigures({ figures, className = '' }: { figures: readonly BigFigure[]; className?: string }) {
  return (
    <div className={`big-figures ${className}`}>
      {figures.map((f) => (
        <section key={f.id} className="big-figure" data-figure={f.id} aria-label={f.label}>
          <h3>{f.label}</h3>
          <p className="big-value" data-value={f.value ?? ''}><Figure value={f.value} format={f.format} whyNull={f.whyNull} /></p>
          {f.sub && <p className="big-sub">{f.sub}</p>}
          {f.detail && <p className="big-sub big-detail" data-testid={`${f.id}-detail`}>{f.detail}</p>}
          {f.chips && f.chips.length > 0 && (
            <ul className="big-chips" aria-label="Targets">
              {f.chips.map((c) => <li key={c.text} className={`big-chip big-chip-${c.tone}`} data-status={c.tone}>{c.text}</li>)}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
