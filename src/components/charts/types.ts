import type { scaleBand, scaleLinear } from '@visx/scale';
import type { Projection, Target } from '../../model/types';

/** Another scenario drawn over the chart (dashed lines, outlined bars), named in the legend. */
export interface CompareSeries {
  projection: Projection;
  label: string;
}

/**
 * What every chart takes: plain data, so the dashboard, the compare view and the presentation
 * mode can all render it. `width` and `height` are the plot's SVG size (ParentSize at the call site).
 */
export interface ChartProps {
  width: number;
  height: number;
  projection: Projection;
  /** Display names of the plans, lowest tier first (same order as projection.planIds). */
  planNames: readonly string[];
  /** ISO 4217 code of the scenario. */
  currency: string;
  /** The main scenario's name in the legend when `compare` is given. */
  label?: string;
  compare?: CompareSeries;
  /** Overrides the chart's heading. */
  title?: string;
}

/** Charts that draw target lines take the scenario's targets as they are. */
export interface TargetProps {
  targets?: readonly Target[];
}

export interface Margin { top: number; right: number; bottom: number; left: number }

export type LinearScale = ReturnType<typeof scaleLinear<number>>;
export type BandScale = ReturnType<typeof scaleBand<number>>;
