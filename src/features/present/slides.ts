// The slides of the presentation, one idea each, and how the keys move between them.

export type SlideId = 'kpis' | 'mrr' | 'bridge' | 'unit' | 'margins' | 'cash' | 'plan-vs-actual' | 'compare';

export interface Slide { id: SlideId; title: string }

/** The deck: six slides, "Plan vs actual" when the scenario has actuals, and the comparison when one is active. */
export function deck(lastYear: number, compareLabel: string | null, hasActuals = false): Slide[] {
  const slides: Slide[] = [
    { id: 'kpis', title: `Headline KPIs against the ${lastYear} targets` },
    { id: 'mrr', title: 'MRR growth by plan' },
    { id: 'bridge', title: 'The MRR bridge' },
    { id: 'unit', title: 'Unit economics: ARPU, CAC and payback' },
    { id: 'margins', title: 'Margins and net revenue retention' },
    { id: 'cash', title: 'Cash and runway' },
  ];
  if (hasActuals) slides.push({ id: 'plan-vs-actual', title: 'Plan vs actual' });
  if (compareLabel !== null) slides.push({ id: 'compare', title: `Compared with ${compareLabel}` });
  return slides;
}

/** The slide a key leads to, or null for a key that does not navigate. */
export function slideAfterKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight': case 'ArrowDown': case 'PageDown': return Math.min(index + 1, count - 1);
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': return Math.max(index - 1, 0);
    case 'Home': return 0;
    case 'End': return count - 1;
    default: return null;
  }
}
