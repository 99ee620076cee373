import { useState } from 'react';
import { formatDelta, monthLabel, percent } from '../../components/format';
import type { ActualMonth } from '../../model/types';
import { impliedRates, rateEdits, type Rates } from './rates';
import type { PlanVsActualData } from './use-plan-vs-actual';
import { UseRatesDialog } from './UseRatesDialog';

const TRAILING = 3;
const show = (x: number | null) => (x === null ? '—' : percent(x, 2));

/** The funnel rates the actuals imply, beside the assumption each tests, and "Use these rates". */
export function RatesPanel({ data, month }: { data: PlanVsActualData; month: number | null }) {
  const [preview, setPreview] = useState(false);
  const { scenario, values, projection, forecast } = data;
  const actuals = scenario.actuals ?? [];
  const L = forecast.lastActualMonth;
  const initial = values.plans.reduce((s, p) => s + p.initialCustomers, 0);
  const index = (e: ActualMonth) => actuals.indexOf(e);
  // Customers at the start of a month: the forecast's (the actuals where given) at the end of the month before.
  const startOf = (series: readonly number[]) => (m: number) => (m === 0 ? initial : series[m - 1]!);
  const actualStart = startOf(forecast.monthly.customers);
  const planStart = startOf(projection.monthly.customers);
  const trailing = actuals.slice(Math.max(0, L + 1 - TRAILING), L + 1);
  const y = Math.floor(L / 12);

  const assumed = (months: readonly number[]): Rates => {
    const yy = Math.floor(months[months.length - 1]! / 12);
    let churned = 0, start = 0;
    for (const m of months) { churned += projection.monthly.churnedCustomers[m]!; start += planStart(m); }
    return { visitorToTrial: values.drivers.visitorToTrial[yy]!, trialToPaid: values.drivers.trialToPaid[yy]!, churn: start > 0 ? churned / start : null };
  };
  const monthsOf = (es: readonly ActualMonth[]) => es.map(index);
  const shown = month === null ? trailing : [actuals[month]!];
  const actual = impliedRates(shown, (e) => actualStart(index(e)));
  const plan = assumed(monthsOf(shown));
  const trailingRates = impliedRates(trailing, (e) => actualStart(index(e)));
  const edits = rateEdits(values, y, trailingRates, assumed(monthsOf(trailing)).churn, scenario.plans.map((p) => p.name), scenario.startYear + y);
  const span = month === null ? `${monthLabel(L + 1 - trailing.length, scenario.startYear)} to ${monthLabel(L, scenario.startYear)}` : monthLabel(month, scenario.startYear);
  const rows: [keyof Rates, string, string][] = [
    ['visitorToTrial', 'Visitor-to-trial', 'trials / visitors'],
    ['trialToPaid', 'Trial-to-paid', 'new customers / trials'],
    ['churn', 'Churn (all plans)', 'churned customers / customers at the start of the month; the plan\'s own churn at its customers'],
  ];
  return (
    <section className="rates-panel" aria-labelledby="rates-title">
      <h3 id="rates-title">Rates the actuals imply, {span}</h3>
      <table className="variance-table">
        <thead><tr><th scope="col">Rate</th><th scope="col">Actual</th><th scope="col">Assumption</th><th scope="col">Difference</th></tr></thead>
        <tbody>
          {rows.map(([key, label, how]) => {
            const a = actual[key];
            const p = plan[key];
            // Higher conversion is good news, higher churn bad.
            const dir = a === null || p === null || Math.abs(a - p) < 1e-12 ? 'neutral' : (a > p) === (key !== 'churn') ? 'good' : 'bad';
            return (
              <tr key={key} data-rate={key} className={`is-${dir}`}>
                <th scope="row" title={how}>{label}</th>
                <td>{show(a)}</td>
                <td>{show(p)}</td>
                <td className="difference">{a === null || p === null ? '—' : formatDelta('rate', a - p, scenario.currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">Re-forecast: write the last {trailing.length} months' rates into the {scenario.startYear + y} assumptions.</p>
      <button type="button" onClick={() => setPreview(true)} disabled={!edits.length}>Use these rates…</button>
      {preview && <UseRatesDialog edits={edits} scenario={scenario} close={() => setPreview(false)} />}
    </section>
  );
}
