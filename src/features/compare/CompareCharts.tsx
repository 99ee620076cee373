import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { CashChart } from '../../components/charts/CashChart';
import { CustomersChart } from '../../components/charts/CustomersChart';
import { FunnelChart } from '../../components/charts/FunnelChart';
import { MarginsNrrChart } from '../../components/charts/MarginsNrrChart';
import { MrrChart } from '../../components/charts/MrrChart';
import { UnitEconomicsChart } from '../../components/charts/UnitEconomicsChart';
import { planLabel } from '../../model/places';
import type { Side } from './use-comparison';

const SINGLE = 330;
const DOUBLE = 440;

/**
 * A grid cell that measures its own width for the chart inside. (visx's ParentSize draws its
 * child in an absolutely placed box, which gives a grid cell no height; the chart's own height
 * must push the cell open here.)
 */
function Cell({ wide, children }: { wide?: boolean; children: (width: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current!;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return <div ref={ref} className={wide ? 'compare-chart wide' : 'compare-chart'}>{width > 0 && children(width)}</div>;
}

/** The dashboard's charts for the new scenario, with the old one drawn over them (dashed or outlined). */
export function CompareCharts({ old, nu }: { old: Side; nu: Side }) {
  const common = {
    projection: nu.projection,
    planNames: nu.scenario.plans.map((_, i) => planLabel(nu.scenario, i)),
    currency: nu.scenario.currency,
    label: nu.name,
    compare: { projection: old.projection, label: old.name },
  };
  return (
    <div className="compare-charts">
      <Cell>{(w) => <MrrChart width={w} height={SINGLE} {...common} />}</Cell>
      <Cell>{(w) => <CustomersChart width={w} height={SINGLE} {...common} />}</Cell>
      <Cell>{(w) => <CashChart width={w} height={DOUBLE} {...common} />}</Cell>
      <Cell>{(w) => <MarginsNrrChart width={w} height={DOUBLE} {...common} />}</Cell>
      <Cell>{(w) => <UnitEconomicsChart width={w} height={DOUBLE} {...common} />}</Cell>
      <Cell>{(w) => <FunnelChart width={w} height={DOUBLE} {...common} />}</Cell>
    </div>
  );
}
