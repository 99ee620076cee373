import { Tooltip } from '@visx/tooltip';
import { useId, type ReactNode } from 'react';
import { Legend, type LegendEntry, type Swatch } from './Legend';
import type { Cursor } from './useCursor';
import './charts.css';

export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
  swatch?: Swatch;
  /** Shown on hover of the value, e.g. why a figure is not computable. */
  title?: string;
}

export interface TooltipContent {
  /** SVG x of the point read, to place the box beside it. */
  x: number;
  /** The month or year, e.g. "Mar 2027". */
  heading: string;
  /** Index of the month or year, for tests and scripts. */
  index: number;
  rows: readonly TooltipRow[];
}

interface Props {
  testId: string;
  title: string;
  /** A sentence or two that tells the data to a screen reader (the SVG's <desc>). */
  description: string;
  legend: readonly LegendEntry[];
  width: number;
  height: number;
  cursor: Cursor;
  tooltip: TooltipContent | null;
  /** Shown between the heading and the plot, e.g. the cash warning. */
  notice?: ReactNode;
  /** The projection drawn (projectionId), so a view can show that its charts agree. */
  source?: number;
  /** SVG y of the tooltip's top: below the first axis title, so the box never covers it. */
  tooltipTop?: number;
  children: ReactNode;
}

declare global {
  interface Window {
    /**
     * Fault injection for the browser tests (test/e2e/faults.e2e.ts, docs/reliability.md): when a
     * test sets it to 'chart' before the app loads, every chart throws while rendering, to prove
     * that the error boundaries keep the grid and the scenario usable; 'chart:<test id>' (e.g.
     * 'chart:chart-cash') makes that one chart throw, to prove the rest of the view stays. Nothing
     * in the app sets it, and it is read only here, at render.
     */
    __trajectoryFault?: string;
  }
}

/** The frame every chart shares: heading, legend, an accessible focusable SVG and the tooltip. */
export function ChartFrame({ testId, title, description, legend, width, height, cursor, tooltip, notice, source, tooltipTop = 8, children }: Props) {
  const id = useId();
  const fault = typeof window === 'undefined' ? undefined : window.__trajectoryFault;
  if (fault === 'chart' || fault === `chart:${testId}`) throw new Error(`injected fault in the chart "${title}" (window.__trajectoryFault)`);
  const flip = tooltip !== null && tooltip.x > width / 2;
  return (
    <figure className="chart" data-testid={testId} data-projection={source} aria-labelledby={`${id}-h`}>
      <h3 className="chart-title" id={`${id}-h`}>{title}</h3>
      {notice}
      <Legend entries={legend} />
      <div className="chart-plot" style={{ width, height }}>
        <svg
          width={width}
          height={height}
          role="img"
          aria-labelledby={`${id}-t ${id}-d`}
          tabIndex={0}
          {...cursor.handlers}
        >
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{description} Use the left and right arrow keys to read each point.</desc>
          {children}
        </svg>
        {tooltip && (
          <Tooltip
            className={`chart-tooltip${flip ? ' flip' : ''}`}
            left={flip ? tooltip.x - 14 : tooltip.x + 14}
            top={tooltipTop}
            offsetLeft={0}
            offsetTop={0}
            unstyled
            applyPositionStyle
            data-index={tooltip.index}
          >
            <div className="chart-tooltip-heading">{tooltip.heading}</div>
            <table>
              <tbody>
                {tooltip.rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">
                      {r.color && (
                        <svg width="14" height="10" aria-hidden="true">
                          {r.swatch === 'dashed' || r.swatch === 'outline'
                            ? <line x1="0" x2="14" y1="5" y2="5" stroke={r.color} strokeWidth="3" strokeDasharray="4 2" />
                            : <rect width="14" height="10" fill={r.color} />}
                        </svg>
                      )}
                      {r.label}
                    </th>
                    <td title={r.title}>{r.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tooltip>
        )}
      </div>
    </figure>
  );
}
