import { formatPrecise } from '../../components/charts/metrics';
import { monthLabel } from '../../components/format';
import type { Evaluation } from '../../state/evaluation';
import { yearToDate } from './plan-vs-actual';
import './plan-vs-actual.css';

const signed = (text: string, x: number) => (x > 0 ? `+${text}` : text);

/**
 * "Plan vs actual": the year to date, actual against the plan, for revenue, new customers, CAC
 * and cash; each difference green when it is good news and red when it is not (catalogue
 * higherIsBetter: more revenue is good, a higher CAC is bad).
 */
export function PlanVsActualSlide({ evaluation }: { evaluation: Evaluation }) {
  const { forecast, plan, scenario } = evaluation;
  const ytd = forecast ? yearToDate(forecast.forecast, plan) : null;
  if (!ytd) return <p className="pva-none">This scenario has no actuals yet.</p>;
  const { currency } = scenario;
  const month = (m: number) => monthLabel(m, plan.startYear);
  const span = ytd.from === ytd.to ? month(ytd.to) : `${month(ytd.from)} – ${month(ytd.to)}`;
  return (
    <div className="pva">
      <p className="pva-span">{`Year to date: ${span}. Cash at the end of ${month(ytd.to)}.`}</p>
      <table className="pva-table" data-testid="plan-vs-actual">
        <thead>
          <tr><th scope="col">Figure</th><th scope="col" className="num">Actual</th><th scope="col" className="num">Plan</th><th scope="col" className="num">Difference</th><th scope="col" className="num">%</th></tr>
        </thead>
        <tbody>
          {ytd.rows.map((r) => {
            const tone = r.good === null ? 'even' : r.good ? 'good' : 'bad';
            const fmt = (x: number | null) => (x === null ? 'n/a' : formatPrecise(r.kind, x, currency));
            return (
              <tr key={r.key} data-figure={r.key} data-tone={tone}>
                <th scope="row">{r.key === 'cac' ? 'CAC (paid), year to date' : r.label}</th>
                <td className="num">{fmt(r.actual)}</td>
                <td className="num">{fmt(r.plan)}</td>
                <td className={`num pva-${tone}`}>{r.difference === null ? 'n/a' : signed(fmt(r.difference), r.difference)}</td>
                <td className={`num pva-${tone}`}>{r.ratio === null ? 'n/a' : signed(formatPrecise('rate', r.ratio, currency), r.ratio)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="pva-key">Green: better than the plan. Red: worse than the plan.</p>
    </div>
  );
}
