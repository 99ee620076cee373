export const TARGETS = [
  ['Pro mix 20 % or more in 2030', 'Pro mix', 'a fifth of new customers choose the top plan'],
  ['Visitor-to-trial 9 % or more in 2030', 'Visitor-to-trial', 'the site converts better as the brand grows'],
  ['Trial-to-paid 35 % or more in 2030', 'Trial-to-paid', 'the product sells itself during the trial'],
  ['CAC payback under 12 months in 2030 (at most 12)', 'CAC payback', 'a new customer pays back its acquisition within a year'],
  ['NRR above 110 % in 2030 (at least 110 %)', 'NRR', 'the installed base grows by itself'],
  ['LTV/CAC 3 or more in 2030', 'LTV/CAC', 'each customer returns at least three times its cost'],
  ['Gross margin 92 % or more in 2030', 'Gross margin', 'hosting and support stay cheap as the base grows'],
  ['CAC at most $667 in 2026', 'CAC (paid)', 'the first year’s paid acquisition stays affordable'],
] as const;

/** The seed's targets and what each asks of the plan. */
export function GuideTargets({ id }: { id: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>The 2030 targets</h3>
      <p>
        The baseline scenario ships with these targets. A target is met when the figure is at or above its minimum and at
        or below its maximum.
      </p>
      <table className="guide-table">
        <thead>
          <tr><th scope="col">Target</th><th scope="col">Metric</th><th scope="col">Meaning</th></tr>
        </thead>
        <tbody>
          {TARGETS.map(([target, metric, meaning]) => (
            <tr key={target}><th scope="row">{target}</th><td>{metric}</td><td>{meaning}</td></tr>
          ))}
        </tbody>
      </table>
      <p>
        In the baseline every target is met except NRR, which reaches about 93 % in 2030: churn still outweighs upgrades.
        Lowering the target does not fix that; lower churn, more upgrades or higher prices do.
      </p>
    </section>
  );
}
