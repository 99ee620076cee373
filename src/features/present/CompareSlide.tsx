import { MrrChart } from '../../components/charts/MrrChart';
import { formatCompact } from '../../components/charts/metrics';
import { evaluateScenario } from '../../state/evaluate';
import type { Evaluation } from '../../state/evaluation';
import { useStore } from '../../state/store';
import { BigFigures, type BigFigure } from './BigFigures';
import { ChartBox } from './ChartBox';
import { figureInfo } from './headline';
import type { AnnualFigure } from '../../model/types';

const KEYS: readonly AnnualFigure[] = ['arr', 'endingCustomers', 'ebitda', 'endingCash'];

/** "+$4.0M", "−$250K"; a difference that rounds to zero reads "±$0". */
function signedCompact(x: number, fmt: (x: number) => string): string {
  const magnitude = fmt(Math.abs(x));
  return `${!/[1-9]/.test(magnitude) ? '±' : x > 0 ? '+' : '−'}${magnitude}`;
}

/** This scenario's last-year figures, the compared one's and its difference, and MRR with the other dashed. */
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
    // The compared scenario's difference from the open one, as on the Compare view.
    const diff = mine === null || theirs === null ? null : theirs - mine;
    const fmt = (x: number) => formatCompact(info.kind, x, currency);
    const delta = diff === null ? '' : ` (${signedCompact(diff, fmt)})`;
    return {
      id: key, label: `${info.label}, ${projection.years[last]!.year}`, value: mine, format: fmt, whyNull: info.whyNull,
      sub: `${target.label}: ${theirs === null ? 'not computable' : fmt(theirs)}${delta}`,
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
