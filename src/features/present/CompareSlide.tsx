import { MrrChart } from '../../components/charts/MrrChart';
import { formatPrecise } from '../../components/charts/metrics';
import { evaluateScenario } from '../../state/evaluate';
import type { Evaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import { BigFigures, type BigFigure } from './BigFigures';
import { ChartBox } from './ChartBox';
import { figureInfo } from './headline';
import type { AnnualFigure } from '../../model/types';

const KEYS: readonly AnnualFigure[] = ['arr', 'endingCustomers', 'ebitda', 'endingCash'];

/** This scenario's last-year figures beside the compared one's, and MRR with the other dashed. */
export function CompareSlide({ evaluation, planNames }: { evaluation: Evaluation; planNames: readonly string[] }) {
  const target = useStore((s) => s.compareWith);
  if (!target) return <p>No comparison is active.</p>;
  const other = evaluateScenario(target.scenario);
  if (!other.ok) return <p>{`${target.label} cannot be computed: ${other.problems[0]?.place}: ${other.problems[0]?.message}`}</p>;
  const { projection, scenario } = evaluation;
  const currency = scenario.currency;
  const last = projection.years.length - 1;
  const figures: BigFigure[] = KEYS.map((key) => {
    const info = figureInfo(key);
    const mine = projection.years[last]![key];
    const theirs = other.projection.years[last]?.[key] ?? null;
    const diff = mine === null || theirs === null ? null : mine - theirs;
    const fmt = (x: number) => formatPrecise(info.kind, x, currency);
    return {
      id: key, label: `${info.label}, ${projection.years[last]!.year}`, value: mine, format: fmt, whyNull: info.whyNull,
      sub: `${target.label}: ${theirs === null ? '—' : fmt(theirs)}${diff === null ? '' : ` (${diff >= 0 ? '+' : '−'}${fmt(Math.abs(diff))})`}`,
    };
  });
  return (
    <>
      <BigFigures className="compact" figures={figures} />
      <ChartBox>
        {(w, h) => <MrrChart width={w} height={h} projection={projection} planNames={planNames} currency={currency} label={scenario.name} compare={{ projection: other.projection, label: target.label }} />}
      </ChartBox>
    </>
  );
}
