import { ParentSize } from '@visx/responsive';
import { YearTrendChart, type YearPoint } from '../../components/charts/YearTrendChart';
import type { AxisKind } from '../../components/charts/ticks';

export const CHART_HEIGHT = 96;

interface Props {
  points: readonly YearPoint[];
  kind: AxisKind;
  currency: string;
  target?: number;
  label: string;
}

/** The side panel's small chart at the card's width (ParentSize at the call site). */
export default function TrendChartBox(props: Props) {
  return (
    // ParentSize measures into an absolutely placed box: its parent holds the chart's height.
    <div className="trajectory-chart">
      <ParentSize debounceTime={50} ignoreDimensions={['height', 'top', 'left']}>
        {({ width }) => <YearTrendChart width={Math.floor(width)} height={CHART_HEIGHT} {...props} />}
      </ParentSize>
    </div>
  );
}
