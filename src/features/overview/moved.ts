// What the last edit moved: a figure of a year whose value differs between the projection before
// the edit and the one after it (beyond float noise), or that became (not) computable.

/** Whether a figure moved from `before` to `after`; null means not computable. */
export function moved(before: number | null | undefined, after: number | null | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (before === null || after === null) return before !== after;
  return Math.abs(after - before) > 1e-9 * Math.max(1, Math.abs(before), Math.abs(after));
}

/** ▲ or ▼ for a figure that rose or fell, "" for one that did not move; "•" when it became (not) computable. */
export function moveMark(before: number | null | undefined, after: number | null | undefined): string {
  if (!moved(before, after)) return '';
  if (before === null || after === null || before === undefined || after === undefined) return '•';
  return after > before ? '▲' : '▼';
}

const WORDS: Record<string, string> = { '▲': 'up', '▼': 'down', '•': 'changed' };

/**
 * A moved cell's attributes: the mark is drawn by CSS from data-moved (so the cell's text stays
 * the figure alone) and said in the title.
 */
export function movedProps(mark: string): { 'data-moved'?: string; title?: string } {
  return mark ? { 'data-moved': mark, title: `Moved ${WORDS[mark]} by the last edit` } : {};
}
