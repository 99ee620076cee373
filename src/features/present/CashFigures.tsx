import { formatCompact } from '../../components/charts/metrics';
import { monthLabel } from '../../components/format';
import type { Projection } from '../../model/types';
import { BigFigures, type BigFigure } from './BigFigures';

/** Cash at the end, its lowest point, when it runs out (the runway) and when EBITDA turns positive. */
export function CashFigures({ projection, currency }: { projection: Projection; currency: string }) {
  const { lowestCash, lowestCashMonth, cashOutMonth, breakEvenMonth } = projection.summary;
  const start = projection.startYear;
  const last = projection.years[projection.years.length - 1]!;
  const money = (x: number) => formatCompact('money', x, currency);
  const month = (m: number) => monthLabel(m, start);
  const figures: BigFigure[] = [
    { id: 'endingCash', label: `Cash, Dec ${last.year}`, value: last.endingCash, format: money, whyNull: 'always defined' },
    { id: 'lowestCash', label: 'Lowest cash', value: lowestCash, format: money, whyNull: 'always defined', sub: `in ${month(lowestCashMonth)}` },
    {
      id: 'cashOutMonth', label: 'Cash runs out', value: cashOutMonth, format: month,
      whyNull: 'cash stays above zero through the projection', sub: cashOutMonth === null ? 'never: cash stays above zero' : `runway of ${cashOutMonth} months`,
    },
    {
      id: 'breakEvenMonth', label: 'Break-even', value: breakEvenMonth, format: month,
      whyNull: `EBITDA is still negative in ${month(59)}`, sub: breakEvenMonth === null ? `not reached by ${month(59)}` : 'EBITDA stays ≥ 0 from then on',
    },
  ];
  return <BigFigures className="compact" figures={figures} />;
}
