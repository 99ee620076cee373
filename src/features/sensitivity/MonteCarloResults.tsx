import { useParentSize } from '@visx/responsive';
import type { ReactNode } from 'react';
import { FanChart } from '../../components/charts/FanChart';
import type { AxisKind } from '../../components/charts/axes';
import { ANNUAL_INFO, MONTHLY_INFO, type Kind } from '../../components/charts/metrics';
import { count, percent } from '../../components/format';
import type { AnnualFan, MonteCarloResult, MonthlyFan } from '../../model/monte-carlo-result';
import type { Scenario } from '../../model/types';
import { evaluateScenario } from '../../state/evaluation';
import { targetText } from './goal-form';
import { fmt } from './options';

interface Props {
  result: MonteCarloResult;
  scenario: Scenario;
  via: 'worker' | 'main' | null;
  workers: number;
  elapsedMs: number | null;
  phases: { parseMs: number; runsMs: number; percentilesMs: number } | null;
  outdated: boolean;
}

const MONTHLY: MonthlyFan[] = ['mrr', 'cash', 'customers'];
const ANNUAL: AnnualFan[] = ['arpu', 'cac', 'cacPaybackMonths', 'grossMargin', 'nrr', 'ltvToCac'];
const IGNORE: ('height' | 'top' | 'left')[] = ['height', 'top', 'left'];
const axisOf = (kind: Kind): AxisKind => (kind === 'money' || kind === 'unitMoney' ? 'money' : kind === 'rate' ? 'percent' : kind === 'count' ? 'count' : 'number');

/** A grid cell that measures its width for the chart inside (only the width: the chart sets its height). */
function Cell({ children }: { children: (width: number) => ReactNode }) {
  const { parentRef, width } = useParentSize({ debounceTime: 50, ignoreDimensions: IGNORE });
  return <div ref={parentRef} className="sens-fan">{width > 0 && children(Math.floor(width))}</div>;
}

/** Fan charts (10th, 50th, 90th percentile) for MRR, cash, customers and the KPIs, and the odds of each target. */
export function MonteCarloResults({ result, scenario, via, workers, elapsedMs, phases, outdated }: Props) {
  const evaluation = evaluateScenario(scenario);
  if (!evaluation.ok) return null;
  const { projection } = evaluation;
  const { currency, startYear } = scenario;
  const where = via === 'worker' ? `in ${workers === 1 ? 'a background worker' : `${workers} background workers`}` : 'in this page (the worker was not available)';
  return (
    <section className="sens-results" aria-labelledby="mc-results-title">
      <h3 id="mc-results-title">Results</h3>
      <p data-testid="mc-summary" data-elapsed-ms={elapsedMs ?? undefined} data-via={via ?? undefined} data-workers={workers} data-phases={phases ? JSON.stringify(phases) : undefined}>
        {count(result.runs)} runs with {result.ranges === 1 ? '1 range' : `${result.ranges} ranges`}, seed {result.seed}
        {elapsedMs !== null && `, in ${count(elapsedMs)} ms ${where}`}.
        {' '}Percentiles are nearest-rank: the 10th is the run of rank ⌈0.1 × N⌉ from the lowest.
      </p>
      {result.formulaFailures > 0 && <p className="sens-warning">In {count(result.formulaFailures)} runs a formula could not be evaluated; its cell kept today&apos;s value.</p>}
      {outdated && <p className="sens-warning">The scenario changed since these runs: run again to update them.</p>}
      {scenario.targets.length > 0 && (
        <table className="sens-table" data-testid="mc-targets">
          <caption>Chance of meeting each target</caption>
          <thead><tr><th scope="col">Target</th><th scope="col">Chance</th><th scope="col">Not computable</th></tr></thead>
          <tbody>
            {result.targets.map((t, i) => (
              <tr key={i}>
                <th scope="row">{targetText(t.target, scenario, (k, x) => fmt(k, x, currency))}</th>
                <td>{percent(t.probability, 0)}</td>
                <td>{t.notComputable === 0 ? '—' : `${count(t.notComputable)} runs`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="sens-fans">
        {MONTHLY.map((key) => {
          const info = MONTHLY_INFO[key];
          return (
            <Cell key={key}>
              {(width) => <FanChart width={width} height={300} testId={`fan-${key}`} title={`${info.label}, month by month`} fan={result.monthly[key]} base={Array.from(projection.monthly[key])} startYear={startYear} axis={axisOf(info.kind)} currency={currency} formatValue={(x) => fmt(info.kind, x, currency)} />}
            </Cell>
          );
        })}
        {ANNUAL.map((key) => {
          const info = ANNUAL_INFO[key];
          return (
            <Cell key={key}>
              {(width) => <FanChart width={width} height={240} testId={`fan-${key}`} title={`${info.label}, by year`} fan={result.annual[key]} base={projection.years.map((y) => y[key])} startYear={startYear} axis={axisOf(info.kind)} currency={currency} formatValue={(x) => fmt(info.kind, x, currency)} />}
            </Cell>
          );
        })}
      </div>
    </section>
  );
}
