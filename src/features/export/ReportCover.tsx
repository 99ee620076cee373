import { CashWarning } from '../../components/CashWarning';
import { targetsSummary } from '../../components/cash-warning';
import { ANNUAL_INFO, formatCompact, formatPrecise } from '../../components/charts/metrics';
import { monthLabel } from '../../components/format';
import type { AnnualFigure, Projection, Scenario, TargetResult } from '../../model/types';

// The figures a board reads first, as on the first slide; CAC payback and LTV/CAC say their CAC.
const HEADLINES: readonly { key: AnnualFigure; note?: string }[] = [
  { key: 'arr' }, { key: 'endingCustomers' }, { key: 'nrr' }, { key: 'grossMargin' },
  { key: 'cacPaybackMonths', note: 'paid CAC' }, { key: 'ltvToCac', note: 'paid CAC' }, { key: 'ebitda' }, { key: 'endingCash' },
];

interface Props { scenario: Scenario; projection: Projection; targets: readonly TargetResult[]; date: string; stale: boolean }

/** The report's first lines: the scenario, its headline figures of the last year, targets and cash. */
export function ReportCover({ scenario, projection, targets, date, stale }: Props) {
  const { currency } = scenario;
  const first = projection.startYear;
  const last = projection.years[projection.years.length - 1]!;
  const { lowestCash, lowestCashMonth, breakEvenMonth, cashOutMonth } = projection.summary;
  const met = targets.filter((t) => t.met === true).length;
  return (
    <section className="report-cover">
      <p className="report-brand">Trajectory · SaaS financial model · {`${first}–${last.year}`} · {currency} · printed {date}</p>
      <h1>{scenario.name}</h1>
      {scenario.description && <p className="report-description">{scenario.description}</p>}
      {stale && <p className="report-stale">The scenario has problems: these are the figures of the last version that computed.</p>}
      <CashWarning projection={projection} currency={currency} />
      <dl className="report-facts">
        {HEADLINES.map(({ key, note }) => {
          const info = ANNUAL_INFO[key];
          const value = last[key];
          return (
            <div key={key} data-figure={key}>
              <dt>{`${info.label}${note ? ` (${note})` : ''}, ${last.year}`}</dt>
              <dd data-testid={key === 'arr' ? 'report-arr' : undefined}>{value === null ? '—' : formatPrecise(info.kind, value, currency)}</dd>
            </div>
          );
        })}
        <div><dt>Lowest cash</dt><dd>{`${formatCompact('money', lowestCash, currency)} in ${monthLabel(lowestCashMonth, first)}`}</dd></div>
        <div><dt>Break-even</dt><dd>{breakEvenMonth === null ? 'not reached' : monthLabel(breakEvenMonth, first)}</dd></div>
        <div><dt>Targets</dt><dd data-testid="report-targets">{targetsSummary(met, targets.length, cashOutMonth !== null)}</dd></div>
      </dl>
    </section>
  );
}
