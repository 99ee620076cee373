import type { ReactElement } from 'react';
import { CashChart } from '../../components/charts/CashChart';
import { CustomersChart } from '../../components/charts/CustomersChart';
import { FunnelChart } from '../../components/charts/FunnelChart';
import { MarginsNrrChart } from '../../components/charts/MarginsNrrChart';
import { MrrBridgeChart } from '../../components/charts/MrrBridgeChart';
import { MrrChart } from '../../components/charts/MrrChart';
import { UnitEconomicsChart } from '../../components/charts/UnitEconomicsChart';
import type { FundingMarks } from '../../components/charts/funding-marks';
import type { ChartProps } from '../../components/charts/types';
import type { Target } from '../../model/types';
import type { ChartFileId } from './chart-list';

/** What every chart of a report or an image needs, but its size. */
export type ChartData = Omit<ChartProps, 'width' | 'height'> & { targets: readonly Target[]; funding?: FundingMarks | null };

/** One chart at a fixed width; its height suits its panels (two panels get more room). */
export function renderChart(id: ChartFileId, width: number, data: ChartData): ReactElement {
  const { targets, funding, ...common } = data;
  const single = Math.round(width * 0.46);
  const double = Math.round(width * 0.62);
  switch (id) {
    case 'mrr': return <MrrChart width={width} height={single} {...common} />;
    case 'mrr-bridge': return <MrrBridgeChart width={width} height={single} {...common} />;
    case 'unit-economics': return <UnitEconomicsChart width={width} height={double} {...common} />;
    case 'margins-nrr': return <MarginsNrrChart width={width} height={single} targets={targets} {...common} />;
    case 'funnel': return <FunnelChart width={width} height={single} {...common} />;
    case 'cash': return <CashChart width={width} height={double} {...common} funding={funding} />;
    case 'customers': return <CustomersChart width={width} height={double} {...common} />;
  }
}
