import { useState } from 'react';
import { monthLabel } from '../../components/format';
import { yearToDate, type ComparedMonth } from './comparison';
import { HoldAgainst } from './HoldAgainst';
import { RatesPanel } from './RatesPanel';
import { usePlanVsActual } from './use-plan-vs-actual';
import { VarianceTable } from './VarianceTable';

/**
 * Plan vs actual (issue 17): for an actual month or the year to date, each figure's actual, plan,
 * difference and %; beside it, the funnel rates the actuals imply against the assumptions.
 */
export function PlanVsActual() {
  const d = usePlanVsActual();
  const [pick, setPick] = useState<number | 'ytd'>('ytd');
  if (!d) return <p role="status">Plan vs actual waits until the scenario computes: fix the problems listed in the Model view or in the grid above.</p>;
  const L = d.forecast.lastActualMonth;
  const start = d.scenario.startYear;
  if (L < 0) return <p>No actual months yet: enter or import some to hold them against the plan.</p>;
  const months: ComparedMonth[] = d.variance.months;
  const yearStart = L - (L % 12);
  const chosen = pick === 'ytd' || pick > L ? 'ytd' : pick;
  const cells = chosen === 'ytd' ? yearToDate(months.slice(yearStart, L + 1)) : months[chosen]!;
  const caption = chosen === 'ytd' ? `${start + Math.floor(L / 12)} to date (${monthLabel(yearStart, start)} to ${monthLabel(L, start)})` : monthLabel(chosen, start);
  return (
    <div className="plan-vs-actual">
      {d.stale && <p className="stale-note" role="status">The assumptions have a problem: these figures are from the last version that computed.</p>}
      <HoldAgainst against={d.against} />
      <div className="period-pick" role="group" aria-label="Period">
        {Array.from({ length: L + 1 }, (_, m) => m).map((m) => (
          <button key={m} type="button" aria-pressed={chosen === m} onClick={() => setPick(m)}>{monthLabel(m, start)}</button>
        ))}
        <button type="button" aria-pressed={chosen === 'ytd'} onClick={() => setPick('ytd')}>Year to date</button>
      </div>
      <div className="pva-panels">
        <VarianceTable cells={cells} caption={`Plan vs actual, ${caption}`} currency={d.scenario.currency} />
        <RatesPanel data={d} month={chosen === 'ytd' ? null : chosen} />
      </div>
    </div>
  );
}
