import { memo } from 'react';
import { MarginsNrrChart } from '../../components/charts/MarginsNrrChart';
import { MrrBridgeChart } from '../../components/charts/MrrBridgeChart';
import { MrrChart } from '../../components/charts/MrrChart';
import { UnitEconomicsChart } from '../../components/charts/UnitEconomicsChart';
import type { PlanRef } from '../../components/charts/metrics';
import { LastActualMonth } from '../../components/charts/last-actual';
import type { Evaluation } from '../../state/evaluation';
import { BigFigures } from './BigFigures';
import { ChartBox } from './ChartBox';
import { CashRunwaySlide } from './CashRunwaySlide';
import { CompareSlide } from './CompareSlide';
import { annualBig } from './figures';
import { KpiSlide } from './KpiSlide';
import { PlanVsActualSlide } from './PlanVsActualSlide';
import type { SlideId } from './slides';

export interface SlideData {
  evaluation: Evaluation;
  planNames: readonly string[];
  plans: readonly PlanRef[];
}

/** The body of one slide (its title is drawn by the overlay); a forecast's charts mark its actual months. */
export const SlideBody = memo(function SlideBody({ id, data }: { id: SlideId; data: SlideData }) {
  const { evaluation } = data;
  const last = evaluation.showing === 'forecast' && evaluation.forecast ? evaluation.forecast.lastActualMonth : -1;
  return <LastActualMonth.Provider value={last}><SlideContent id={id} data={data} /></LastActualMonth.Provider>;
});

function SlideContent({ id, data }: { id: SlideId; data: SlideData }) {
  const { evaluation, planNames, plans } = data;
  const { projection, scenario, targets } = evaluation;
  const currency = scenario.currency;
  const common = { projection, planNames, currency };
  const big = (keys: Parameters<typeof annualBig>[0][]) => keys.map((k) => annualBig(k, projection, currency, targets, plans));
  switch (id) {
    case 'kpis':
      return <KpiSlide evaluation={evaluation} plans={plans} />;
    case 'mrr':
      return (
        <>
          <BigFigures className="compact" figures={big(['endingMrr', 'arr', 'endingCustomers'])} />
          <ChartBox>{(w, h) => <MrrChart width={w} height={h} {...common} />}</ChartBox>
        </>
      );
    case 'bridge':
      return (
        <>
          <BigFigures className="compact" figures={big(['endingMrr', 'nrr'])} />
          <ChartBox>{(w, h) => <MrrBridgeChart width={w} height={h} {...common} />}</ChartBox>
        </>
      );
    case 'unit':
      return (
        <>
          <BigFigures className="compact" figures={big(['arpu', 'cac', 'cacPaybackMonths'])} />
          <ChartBox>{(w, h) => <UnitEconomicsChart width={w} height={h} {...common} />}</ChartBox>
        </>
      );
    case 'margins':
      return (
        <>
          <BigFigures className="compact" figures={big(['grossMargin', 'nrr'])} />
          <ChartBox>{(w, h) => <MarginsNrrChart width={w} height={h} targets={scenario.targets} {...common} />}</ChartBox>
        </>
      );
    case 'cash':
      return <CashRunwaySlide evaluation={evaluation} planNames={planNames} />;
    case 'plan-vs-actual':
      return <PlanVsActualSlide evaluation={evaluation} />;
    case 'compare':
      return <CompareSlide evaluation={evaluation} planNames={planNames} />;
  }
}
