import { KPI_EXPLANATIONS, type KpiId } from '../../components/charts/formulas';

const ORDER: readonly KpiId[] = ['arpu', 'cac', 'fullyLoadedCac', 'cacPaybackMonths', 'grossMargin', 'nrr', 'ltvToCac', 'mrr', 'arr', 'customers', 'ebitda', 'cash', 'breakEven', 'runway', 'burnMultiple', 'magicNumber', 'ruleOf40'];

/** Each KPI with its meaning and formula: the same words the cards show on hover. */
export function GuideKpis({ id }: { id: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>The key figures</h3>
      <p>
        Months run from 0 (January 2026) to 59 (December 2030). An annual figure adds up the year’s 12 months, or takes
        December where it is a level (MRR, customers, cash).
      </p>
      <dl className="guide-kpis">
        {ORDER.map((k) => {
          const e = KPI_EXPLANATIONS[k];
          return (
            <div key={k} className="guide-kpi" data-kpi={k}>
              <dt>{e.label}</dt>
              <dd>
                <p>{e.meaning}</p>
                <p>Formula: <code>{e.formula}</code></p>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

export const CHARTS = [
  ['MRR by plan', 'monthly recurring revenue stacked by plan over the 60 months, with the ARR (12 x December’s MRR) written at the end.'],
  ['MRR bridge by year', 'a waterfall for each year: the MRR at the start of the year, plus new, plus expansion, minus contraction, minus churn, gives the MRR at the end (December).'],
  ['Unit economics', 'blended ARPU and paid CAC each month, and below them the CAC payback against the 12-month line.'],
  ['Gross margin and NRR', 'both rates each month, with the scenario’s targets as dotted lines. NRR starts in December of the first year, when a year of history exists.'],
  ['Acquisition funnel by year', 'visitors, trials and new customers per year, each on its own scale, with the visitor-to-trial and trial-to-paid rates over the bars.'],
  ['Cash and EBITDA', 'cash at the end of each month with the zero line, and EBITDA per month below it. When cash goes below zero, a warning names the month it runs out (for example “Cash runs out in Sep 2028”).'],
  ['Customers by plan and plan mix', 'customers stacked by plan, and each plan’s share of them.'],
] as const;

/** What each chart shows. */
export function GuideCharts({ id }: { id: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>The charts</h3>
      <ol>
        {CHARTS.map(([name, text]) => <li key={name}><strong>{name}</strong>: {text}</li>)}
      </ol>
      <p>
        Colours follow the Okabe-Ito palette, which people with the common colour-vision deficiencies can tell apart; lines
        also differ by style (solid, dashed, dotted) and every chart has a legend.
      </p>
    </section>
  );
}

/** MODEL.md's worked check, told as a story. */
export function GuideWorkedMonth({ id }: { id: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>A worked month</h3>
      <p>
        January 2026 of the baseline: $200,000 / 12 = $16,666.67 of marketing buys 2,083.33 visitors at $8; 6 % of them
        start a trial (125 trials) and 20 % of trials pay (25 new customers: 15 Starter, 7.5 Growth, 2.5 Pro). MRR is
        15 x $50 + 7.5 x $100 + 2.5 x $180 = $1,950, so blended ARPU is $78.00, paid CAC $666.67, gross margin 92 % and
        CAC payback 666.67 / (78 x 0.92) = 9.3 months.
      </p>
    </section>
  );
}
