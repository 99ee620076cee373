import { formatCompact } from '../../components/charts/metrics';
import { formatOrNa } from '../../components/format';
import type { PlanRef } from '../../components/charts/metrics';
import type { AnnualFigure, Projection, TargetResult } from '../../model/types';
import type { BigFigure } from './BigFigures';
import { figureInfo, targetChip } from './headline';

/** An annual figure of the last year, with the first year's beside it and its targets' status. */
export function annualBig(key: AnnualFigure, projection: Projection, currency: string, targets: readonly TargetResult[] = [], plans: readonly PlanRef[] = []): BigFigure {
  const info = figureInfo(key);
  const first = projection.years[0]!;
  const last = projection.years[projection.years.length - 1]!;
  const format = (x: number) => formatCompact(info.kind, x, currency);
  const from = first[key];
  return {
    id: key,
    label: `${info.label}, ${last.year}`,
    value: last[key],
    format,
    whyNull: info.whyNull,
    // Compact like the headline beside it ($10.7M from $253K), and a missing figure in words.
    sub: `from ${formatOrNa(info.kind, from, currency, 'compact')} in ${first.year}`,
    chips: targets.filter((t) => t.metric === key).map((t) => targetChip(t, plans, currency)),
  };
}
