import { useStore } from '../state/store';
import type { Evaluation } from '../state/evaluation';
import type { TargetResult } from '../model/types';
import { monthLabel } from './format';
import './forecast-bar.css';

const metCount = (targets: readonly TargetResult[]) => targets.filter((t) => t.met === true).length;

/** "3 of 4 targets met": how many of the scenario's targets a set of results meets. */
export function targetsLine(targets: readonly TargetResult[]): string {
  return `${metCount(targets)} of ${targets.length} target${targets.length === 1 ? '' : 's'} met`;
}

/**
 * The Forecast / Plan switch, shown only when the scenario has actuals: which figures the views
 * show, up to which month they are actual, and whether the targets still hold on the forecast.
 */
export function ForecastBar({ evaluation }: { evaluation: Evaluation }) {
  const basis = useStore((s) => s.basis);
  const setBasis = useStore((s) => s.setBasis);
  const forecast = evaluation.forecast;
  if (!forecast) return null;
  const last = monthLabel(forecast.lastActualMonth, forecast.forecast.startYear);
  const targets = evaluation.scenario.targets.length;
  const onTrack = targets === 0 ? null : metCount(forecast.targets) === targets;
  return (
    <div className="forecast-bar" data-testid="forecast-bar" data-showing={evaluation.showing}>
      <div role="group" aria-label="Figures shown" className="forecast-switch">
        <button type="button" aria-pressed={basis === 'forecast'} onClick={() => setBasis('forecast')}>Forecast</button>
        <button type="button" aria-pressed={basis === 'plan'} onClick={() => setBasis('plan')}>Plan</button>
      </div>
      <p className="forecast-what">
        {evaluation.showing === 'forecast'
          ? `Showing the forecast: actuals to ${last}, then the assumptions.`
          : `Showing the plan: the assumptions alone, without the actuals to ${last}.`}
      </p>
      {onTrack !== null && (
        <p className={onTrack ? 'forecast-track on' : 'forecast-track off'} data-testid="forecast-on-track">
          <strong>{onTrack ? 'Still on track:' : 'Off track:'}</strong>{` on the forecast ${targetsLine(forecast.targets)}; on the plan ${targetsLine(evaluation.planTargets)}.`}
        </p>
      )}
    </div>
  );
}
