import { useParentSize } from '@visx/responsive';
import { memo, type ReactNode } from 'react';
import { ChartBoundary } from '../../components/ChartBoundary';
import { CashChart } from '../../components/charts/CashChart';
import { CustomersChart } from '../../components/charts/CustomersChart';
import { FunnelChart } from '../../components/charts/FunnelChart';
import { MarginsNrrChart } from '../../components/charts/MarginsNrrChart';
import { MrrBridgeChart } from '../../components/charts/MrrBridgeChart';
import { MrrChart } from '../../components/charts/MrrChart';
import { UnitEconomicsChart } from '../../components/charts/UnitEconomicsChart';
import type { FundingMarks } from '../../components/charts/funding-marks';
import { LastActualMonth } from '../../components/charts/last-actual';
import type { Projection, Target } from '../../model/types';

interface Props {
  projection: Projection;
  planNames: readonly string[];
  currency: string;
  targets: readonly Target[];
  /** The funding rounds and the cash without them, marked on the cash chart. */
  funding?: FundingMarks | null;
  /** The forecast's last actual month: lines solid up to it, lighter and dashed after, a marker at it. -1 or none for a plan. */
  lastActualMonth?: number;
}

const SINGLE = 330;
const DOUBLE = 460;

// visx's ParentSize measures into an absolutely positioned box, so its parent needs a fixed
// height; these cells grow with the chart (heading, legend, warning), so they measure only their
// width, with the hook ParentSize is built on.
const IGNORE: ('height' | 'top' | 'left')[] = ['height', 'top', 'left'];

/** A grid cell that measures its width for the chart inside, and holds the chart's failure to itself. */
function Cell({ label, resetKey, wide, children }: { label: string; resetKey: unknown; wide?: boolean; children: (width: number) => ReactNode }) {
  const { parentRef, width } = useParentSize({ debounceTime: 50, ignoreDimensions: IGNORE });
  return (
    <div ref={parentRef} className={wide ? 'chart-cell wide' : 'chart-cell'}>
      <ChartBoundary label={label} resetKey={resetKey}>{width > 0 && children(Math.floor(width))}</ChartBoundary>
    </div>
  );
}

/** The seven charts, two columns on wide screens; the funnel spans both so its panels stay readable. */
export const ChartGrid = memo(function ChartGrid({ projection, planNames, currency, targets, funding, lastActualMonth = -1 }: Props) {
  const common = { projection, planNames, currency };
  return (
    <section className="dash-section" aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
      <LastActualMonth.Provider value={lastActualMonth}>
      <div className="chart-grid">
        <Cell label="MRR by plan" resetKey={projection}>{(w) => <MrrChart width={w} height={SINGLE} {...common} />}</Cell>
        <Cell label="MRR bridge by year" resetKey={projection}>{(w) => <MrrBridgeChart width={w} height={SINGLE} {...common} />}</Cell>
        <Cell label="Unit economics" resetKey={projection}>{(w) => <UnitEconomicsChart width={w} height={DOUBLE} {...common} />}</Cell>
        <Cell label="Gross margin and NRR" resetKey={projection}>{(w) => <MarginsNrrChart width={w} height={DOUBLE} targets={targets} {...common} />}</Cell>
        <Cell label="Acquisition funnel by year" resetKey={projection} wide>{(w) => <FunnelChart width={w} height={SINGLE} {...common} />}</Cell>
        <Cell label="Cash and EBITDA" resetKey={projection}>{(w) => <CashChart width={w} height={DOUBLE} {...common} funding={funding} />}</Cell>
        <Cell label="Customers by plan and plan mix" resetKey={projection}>{(w) => <CustomersChart width={w} height={DOUBLE} {...common} />}</Cell>
      </div>
      </LastActualMonth.Provider>
    </section>
  );
});
