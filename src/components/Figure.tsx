/** A figure that may be undefined: an em dash with the reason on hover, never NaN. */
export function Figure({ value, format, whyNull }: { value: number | null; format: (x: number) => string; whyNull: string }) {
  if (value === null) {
    return (
      <span className="null-figure" title={whyNull} aria-label={`not computable: ${whyNull}`}>
        —
      </span>
    );
  }
  return <span className="figure">{format(value)}</span>;
}
