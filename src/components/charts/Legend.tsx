import { memo } from 'react';

export type Swatch = 'line' | 'dashed' | 'area' | 'outline' | 'target';

export interface LegendEntry {
  label: string;
  color: string;
  swatch: Swatch;
}

function SwatchIcon({ color, swatch }: Omit<LegendEntry, 'label'>) {
  if (swatch === 'area') return <rect x="1" y="2" width="20" height="12" fill={color} stroke={color} />;
  if (swatch === 'outline') return <rect x="2" y="3" width="18" height="10" fill="none" stroke={color} strokeWidth="2" strokeDasharray="4 2" />;
  const dash = swatch === 'dashed' ? '5 3' : swatch === 'target' ? '2 3' : undefined;
  return <line x1="1" x2="21" y1="8" y2="8" stroke={color} strokeWidth="3" strokeDasharray={dash} />;
}

/** A chart's legend: each series' colour and line style, so colour is never the only cue. */
export const Legend = memo(function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {entries.map((e) => (
        <li key={e.label}>
          <svg width="22" height="16" aria-hidden="true" focusable="false"><SwatchIcon color={e.color} swatch={e.swatch} /></svg>
          {e.label}
        </li>
      ))}
    </ul>
  );
});
