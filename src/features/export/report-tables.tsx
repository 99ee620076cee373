import { Figure } from '../../components/Figure';
import { ANNUAL_INFO, formatGap, formatPrecise, metricInfo, type Kind, type PlanRef } from '../../components/charts/metrics';
import { formatInput } from '../../components/format';
import { CATALOGUE, labelWithUnit, planRowLabel, type InputEntry } from '../../model/catalogue';
import { planLabel } from '../../model/places';
import { targetGap } from '../../model/targets';
import { DRIVER_KEYS, PLAN_ROW_KEYS, type AnnualFigure, type Projection, type Scenario, type ScenarioValues, type TargetResult } from '../../model/types';

function YearHead({ label, years }: { label: string; years: readonly number[] }) {
  return (
    <thead>
      <tr><th scope="col">{label}</th>{years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}</tr>
    </thead>
  );
}

/** Every input row with its five yearly values (formulas evaluated). */
export function AssumptionsTable({ scenario, values }: { scenario: Scenario; values: ScenarioValues }) {
  const years = Array.from({ length: values.drivers.marketingBudget.length }, (_, y) => scenario.startYear + y);
  const c = scenario.currency;
  // Each label says the row's unit and period ("Marketing budget (per year)"); rates print with the grid's precision.
  const row = (key: string, label: string, cells: Float64Array, entry: InputEntry) => (
    <tr key={key}><th scope="row">{labelWithUnit(label, entry)}</th>{years.map((_, y) => <td key={y} className="num">{formatInput(entry.kind, cells[y]!, c)}</td>)}</tr>
  );
  return (
    <table className="report-table">
      <YearHead label="Assumption" years={years} />
      <tbody>
        {DRIVER_KEYS.map((k) => row(k, CATALOGUE.drivers[k].label, values.drivers[k], CATALOGUE.drivers[k]))}
        {values.plans.map((plan, i) => PLAN_ROW_KEYS.map((f) => row(`${plan.id}-${f}`, planRowLabel(planLabel(scenario, i), f), plan[f], CATALOGUE.planRows[f])))}
      </tbody>
    </table>
  );
}

const ANNUAL_ROWS: readonly AnnualFigure[] = [
  'revenue', 'cogs', 'grossProfit', 'grossMargin', 'marketingSpend', 'salesMarketingOverhead', 'operatingExpenses', 'ebitda', 'endingCash',
  'visitors', 'trials', 'newCustomers', 'endingCustomers', 'endingMrr', 'arr', 'arpu', 'cac', 'fullyLoadedCac', 'cacPaybackMonths', 'nrr', 'ltv', 'ltvToCac',
];

/** The P&L and the annual KPIs, one column per year. */
export function AnnualSummary({ projection, currency }: { projection: Projection; currency: string }) {
  return (
    <table className="report-table">
      <YearHead label="Figure" years={projection.years.map((y) => y.year)} />
      <tbody>
        {ANNUAL_ROWS.map((key) => {
          const info = ANNUAL_INFO[key];
          return (
            <tr key={key} data-figure={key}>
              <th scope="row">{info.label}</th>
              {projection.years.map((y) => (
                <td key={y.year} className="num"><Figure value={y[key]} format={(x) => formatPrecise(info.kind, x, currency)} whyNull={info.whyNull} /></td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function bound(t: TargetResult, kind: Kind, currency: string): string {
  const f = (x: number) => formatPrecise(kind, x, currency);
  if (t.min !== undefined && t.max !== undefined) return `between ${f(t.min)} and ${f(t.max)}`;
  return t.min !== undefined ? `≥ ${f(t.min)}` : `≤ ${f(t.max ?? 0)}`;
}

/** Each target: its bound, the value reached and whether it is met (in words, not colour alone). */
export function TargetsTable({ targets, plans, currency }: { targets: readonly TargetResult[]; plans: readonly PlanRef[]; currency: string }) {
  if (targets.length === 0) return <p>The scenario sets no targets.</p>;
  return (
    <table className="report-table">
      <thead><tr><th scope="col">Metric</th><th scope="col">Year</th><th scope="col">Target</th><th scope="col" className="num">Value</th><th scope="col">Status</th></tr></thead>
      <tbody>
        {targets.map((t, i) => {
          const info = metricInfo(t.metric, plans);
          const gap = targetGap(t, t.value);
          const status = t.met === null ? 'Not computable' : t.met ? '✓ Met' : `✗ Missed by ${gap === null ? '?' : formatGap(info.kind, gap, currency)}`;
          return (
            <tr key={i} data-metric={t.metric} data-status={t.met === null ? 'unknown' : t.met ? 'met' : 'missed'}>
              <th scope="row">{info.label}</th>
              <td>{t.year}</td>
              <td>{bound(t, info.kind, currency)}</td>
              <td className="num"><Figure value={t.value} format={(x) => formatPrecise(info.kind, x, currency)} whyNull={info.whyNull} /></td>
              <td>{status}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
