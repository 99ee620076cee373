import { projectionId } from '../../components/projection-id';
import { useShownEvaluation } from '../../components/use-shown-evaluation';
import { HeadlineTable } from './HeadlineTable';
import { RATIO_KEYS, TRAJECTORY_KEYS } from './figures';
import { TrajectoryCard } from './TrajectoryCard';
import { usePrevious } from './use-previous';
import './overview.css';

// The Model view's side panel: what the planner's last edit did, while they type. It stays in
// view while the grid scrolls, shows every year of the headline figures and the unit economics
// against their targets, and marks the figures the last edit moved. It draws from the deferred
// evaluation, so typing in the grid never waits for it.

export function OverviewView() {
  const { live, shown } = useShownEvaluation();
  const { projection, scenario, targets, stale } = shown;
  const before = usePrevious(projection);
  const first = projection.years[0]!.year;
  const last = projection.years[projection.years.length - 1]!.year;
  const common = { projection, before, targets, currency: scenario.currency };
  return (
    <section aria-labelledby="overview-title" className="overview" data-projection={projectionId(projection)} data-live-projection={projectionId(live.projection)}>
      <h2 id="overview-title">{`Toward ${last}`}</h2>
      <p className="overview-note">{`${first}–${last} · ▲▼ marks what the last edit moved`}</p>
      {stale && <p role="status" className="stale-note">Showing the last valid projection: fix the marked cells to update it.</p>}
      <HeadlineTable projection={projection} before={before} currency={scenario.currency} />
      <h3 className="overview-sub">Unit economics</h3>
      {TRAJECTORY_KEYS.map((key) => <TrajectoryCard key={key} figureKey={key} chart {...common} />)}
      {RATIO_KEYS.map((key) => <TrajectoryCard key={key} figureKey={key} chart={false} {...common} />)}
      <p className="overview-note">A year’s NRR and LTV/CAC are December’s; the Dashboard has every figure.</p>
    </section>
  );
}
