/**
 * The em dash of a figure that is undefined, with the reason on hover and for screen readers;
 * in running text ("from n/a in 2026") it reads `n/a`.
 */
export function NullFigure({ whyNull, text = '—' }: { whyNull: string; text?: string }) {
  return (
    <span className="null-figure" title={whyNull} aria-label={`not computable: ${whyNull}`}>
      {text}
    </span>
  );
}

/** A figure that may be undefined: an em dash with the reason on hover, never NaN. */
export function Figure({ value, format, whyNull }: { value: number | null; format: (x: number) => string; whyNull: string }) {
  if (value === null) return <NullFigure whyNull={whyNull} />;
  return <span className="figure">{format(value)}</span>;
}
