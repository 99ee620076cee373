import { createContext, useContext } from 'react';
import { monthLabel } from '../format';
import type { LinearScale } from './types';

/**
 * The last actual month (0-based) of the forecast the charts draw, or -1 for a plan. Given by
 * ChartGrid to every chart inside it, so each monthly line splits itself into actual and projected
 * without every chart passing it along; charts outside (sensitivity, compare) see -1.
 */
export const LastActualMonth = createContext(-1);

/** The last actual month of the forecast drawn, -1 when none. */
export function useLastActualMonth(): number {
  return useContext(LastActualMonth);
}

/**
 * A vertical line at the last actual month, labelled "Actuals to <Mon YYYY>" (`labelled` false: the
 * line alone, for a second panel of one chart, which says it once); nothing for a plan.
 */
export function ActualsMarker({ x, height, startYear, labelled = true }: { x: LinearScale; height: number; startYear: number; labelled?: boolean }) {
  const last = useLastActualMonth();
  if (last < 0) return null;
  const at = x(last);
  return (
    <g className="actuals-marker" data-testid="actuals-marker" data-month={last}>
      <line x1={at} x2={at} y1={0} y2={height} stroke="var(--chart-text)" strokeWidth={1.5} strokeDasharray="2 3" />
      {labelled && <text className="chart-callout" x={at + 4} y={12} textAnchor="start">{`Actuals to ${monthLabel(last, startYear)}`}</text>}
    </g>
  );
}
