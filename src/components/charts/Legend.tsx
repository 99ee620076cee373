import { LegendOrdinal } from '@visx/legend';
import { scaleOrdinal } from '@visx/scale';
import { memo, useMemo } from 'react';

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

/**
 * A chart's legend from an ordinal scale of label -> colour (visx's LegendOrdinal), each with its
 * line style drawn beside it, so colour is never the only cue; a list, so it reads as one.
 */
export const Legend = memo(function Legend({ entries }: { entries: readonly LegendEntry[] }) {
  const scale = useMemo(() => scaleOrdinal<string, string>({ domain: entries.map((e) => e.label), range: entries.map((e) => e.color) }), [entries]);
  return (
    <LegendOrdinal scale={scale}>
      {(labels) => (
        <ul className="chart-legend" aria-label="Legend">
          {labels.map((l) => (
            <li key={l.text}>
              <svg width="22" height="16" aria-hidden="true" focusable="false"><SwatchIcon color={l.value ?? ''} swatch={entries[l.index]!.swatch} /></svg>
              {l.text}
            </li>
          ))}
        </ul>
      )}
    </LegendOrdinal>
  );
});
