import { CashChart } from '../../components/charts/CashChart';
import { fundingMarks } from '../../components/charts/funding-marks';
import { ANNUAL_INFO, formatCompact } from '../../components/charts/metrics';
import { monthLabel } from '../../components/format';
import type { Evaluation } from '../../state/evaluation';
import { BigFigures, type BigFigure } from './BigFigures';
import { ChartBox } from './ChartBox';

/**
 * "Cash and runway": when the cash runs out with and without the funding, the runway, the rounds
 * and the lowest point, over the cash chart with each round marked.
 */
export function CashRunwaySlide({ evaluation, planNames }: { evaluation: Evaluation; planNames: readonly string[] }) {
  const { projection, scenario, values } = evaluation;
  const { currency } = scenario;
  const marks = fundingMarks(scenario.funding, values);
  const { cashOutMonth, lowestCash, lowestCashMonth } = projection.summary;
  const month = (m: number) => monthLabel(m, projection.startYear);
  const money = (x: number) => formatCompact('money', x, currency);
  const months = (x: number) => formatCompact('months', x, currency);
  const first = projection.years[0]!;
  const last = projection.years[projection.years.length - 1]!;
  const raised = marks ? marks.rounds.reduce((sum, r) => sum + r.amount, 0) : 0;
  const withoutText = !marks ? 'no funding rounds' : marks.cashOutWithout === null ? 'without funding: never' : `without funding: ${month(marks.cashOutWithout)}`;
  const runwayWhy = ANNUAL_INFO.runwayMonths.whyNull;
  const figures: BigFigure[] = [
    { id: 'cashOutMonth', label: 'Cash runs out', value: cashOutMonth, format: month, whyNull: 'cash stays above zero through the projection', sub: cashOutMonth === null ? `never · ${withoutText}` : withoutText },
    { id: 'runwayMonths', label: `Runway, Dec ${first.year}`, value: first.runwayMonths, format: months, whyNull: runwayWhy, sub: first.runwayMonths === null ? 'not burning' : `Dec ${last.year}: ${last.runwayMonths === null ? 'not burning' : months(last.runwayMonths)}` },
    { id: 'financing', label: 'Raised', value: raised, format: money, whyNull: 'always defined', sub: marks ? marks.rounds.map((r) => `${r.name} ${money(r.amount)} ${month(r.month)}`).join(' · ') : 'no funding rounds' },
    { id: 'lowestCash', label: 'Lowest cash', value: lowestCash, format: money, whyNull: 'always defined', sub: `in ${month(lowestCashMonth)}` },
  ];
  return (
    <>
      <BigFigures className="compact" figures={figures} />
      <ChartBox>{(w, h) => <CashChart width={w} height={h} projection={projection} planNames={planNames} currency={currency} funding={marks} />}</ChartBox>
    </>
  );
}
